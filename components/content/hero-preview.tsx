import { cn } from '@/components/ui/cn';
import type { VariantContent } from '@/lib/content';
import { decodeEntities } from '@/lib/content-editor/decode-entities';

/**
 * A small mock-up of the site's hero for one rendered variant, in the layouts the SDK demo
 * uses (hero-left: text then image; hero-right: image first; centered and banner: one column).
 * Every field is decoded from the API's HTML escaping and inserted as React text, never as
 * markup, so a trait holding `<img onerror=…>` shows as those characters.
 */
export function HeroPreview({ content }: { content: VariantContent }) {
  const text = (field: keyof VariantContent) => decodeEntities(content[field]);
  const headline = text('headline');
  const body = text('body');
  const ctaText = text('ctaText');
  const ctaUrl = text('ctaUrl');
  const imageUrl = text('imageUrl');
  const layout = content.layout;
  const oneColumn = layout === 'centered' || layout === 'banner';
  const image = imageUrl ? <PreviewImage url={imageUrl} compact={layout === 'banner'} /> : null;

  return (
    <div
      data-testid="hero-preview"
      data-layout={layout}
      className={cn(
        'rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200',
        oneColumn ? 'text-center' : image && 'grid grid-cols-2 items-center gap-3',
        layout === 'banner' && 'flex items-center gap-3 bg-brand-50 p-3 text-left',
      )}
    >
      {layout === 'hero-right' && image}
      {layout === 'banner' && image}
      <div className={cn('min-w-0', layout === 'banner' && 'flex flex-1 flex-wrap items-center gap-x-3 gap-y-1')}>
        {headline ? (
          <p data-testid="preview-headline" className={cn('font-semibold break-words text-slate-900', layout === 'banner' ? 'text-sm' : 'text-base')}>
            {headline}
          </p>
        ) : (
          <p className="text-sm text-slate-400 italic">No headline</p>
        )}
        {body && (
          <p data-testid="preview-body" className="mt-1 text-xs break-words whitespace-pre-line text-slate-600">
            {body}
          </p>
        )}
        {ctaText && (
          <span className={cn('inline-flex flex-col', oneColumn && layout !== 'banner' && 'items-center', layout !== 'banner' && 'mt-2')}>
            <span data-testid="preview-cta" className="inline-block rounded-md bg-brand-600 px-2.5 py-1 text-xs font-medium text-white">
              {ctaText}
            </span>
            {ctaUrl && <span data-testid="preview-cta-url" className="mt-0.5 max-w-48 truncate font-mono text-[10px] text-slate-500" title={ctaUrl}>→ {ctaUrl}</span>}
          </span>
        )}
      </div>
      {oneColumn && layout !== 'banner' && image && <div className="mt-2">{image}</div>}
      {layout === 'hero-left' && image}
    </div>
  );
}

/** Absolute http(s) images load as they will on the site; a path on the site is shown as a placeholder with the path. */
function PreviewImage({ url, compact }: { url: string; compact: boolean }) {
  const loadable = /^https?:\/\//i.test(url);
  const size = compact ? 'h-10 w-14' : 'h-20 w-full';
  if (!loadable) {
    return (
      <div className={cn('flex items-center justify-center rounded bg-slate-100 px-1 font-mono text-[10px] break-all text-slate-500', size)} title={url}>
        {url}
      </div>
    );
  }
  // A plain <img>: any host the marketer names, where next/image would need it allow-listed.
  return <img src={url} alt="" referrerPolicy="no-referrer" className={cn('rounded object-cover', size)} />;
}
