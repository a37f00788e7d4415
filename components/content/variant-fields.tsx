'use client';

import { describedBy, Field, inputClasses } from '@/components/ui/field';
import { VARIANT_LAYOUTS, type VariantLayout } from '@/lib/content';
import type { DraftField, VariantDraft } from '@/lib/content-editor/variant-draft';

const LAYOUT_LABELS: Record<VariantLayout, string> = {
  'hero-left': 'Hero: text left, image right',
  'hero-right': 'Hero: image left, text right',
  centered: 'Centered',
  banner: 'Banner strip',
};

const TEXT_FIELDS = [
  { field: 'headline', label: 'Headline', max: 300, placeholder: 'Welcome back, {{traits.firstName | "there"}}' },
  { field: 'body', label: 'Body', max: 2000, placeholder: 'Plain text; placeholders allowed.', multiline: true },
  { field: 'imageUrl', label: 'Image URL', max: 2048, placeholder: 'https://cdn.example.com/hero.jpg', mono: true },
  { field: 'ctaText', label: 'Button text', max: 120, placeholder: 'Shop now' },
  { field: 'ctaUrl', label: 'Button link', max: 2048, placeholder: '/sale?src={{context.utm_source}}', mono: true },
] as const;

/**
 * The form of one variant: name, layout and the five text fields, each with its problem below it.
 * `hideName`: the content of something named elsewhere (an experiment arm's own content).
 */
export function VariantFields({
  idPrefix,
  draft,
  errors,
  disabled,
  hideName,
  onChange,
  onFieldFocus,
}: {
  idPrefix: string;
  draft: VariantDraft;
  errors: Partial<Record<DraftField | '', string>>;
  disabled: boolean;
  hideName?: boolean;
  onChange: (draft: VariantDraft) => void;
  onFieldFocus: (el: HTMLInputElement | HTMLTextAreaElement, apply: (value: string) => void) => void;
}) {
  const id = (field: DraftField) => `${idPrefix}-${field}`;
  const setContent = (field: keyof VariantDraft['content'], value: string) => onChange({ ...draft, content: { ...draft.content, [field]: value } });
  return (
    <fieldset disabled={disabled} className="grid gap-3 sm:grid-cols-2">
      {!hideName && (
        <Field id={id('name')} label="Variant name" error={errors.name}>
          <input id={id('name')} value={draft.name} maxLength={100} onChange={(e) => onChange({ ...draft, name: e.target.value })} className={inputClasses} {...describedBy(id('name'), errors.name)} />
        </Field>
      )}
      <Field id={id('layout')} label="Layout" error={errors.layout}>
        <select id={id('layout')} value={draft.content.layout} onChange={(e) => setContent('layout', e.target.value)} className={inputClasses} {...describedBy(id('layout'), errors.layout)}>
          {VARIANT_LAYOUTS.map((l) => (
            <option key={l} value={l}>
              {LAYOUT_LABELS[l]}
            </option>
          ))}
        </select>
      </Field>
      {TEXT_FIELDS.map((f) => {
        const props = {
          id: id(f.field),
          value: draft.content[f.field],
          maxLength: f.max,
          placeholder: f.placeholder,
          onFocus: (e: React.FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => onFieldFocus(e.currentTarget, (value) => setContent(f.field, value)),
          onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setContent(f.field, e.target.value),
          className: `${inputClasses} ${'mono' in f ? 'font-mono text-xs' : ''}`,
          ...describedBy(id(f.field), errors[f.field]),
        };
        return (
          <Field key={f.field} id={id(f.field)} label={f.label} error={errors[f.field]} className={f.field === 'headline' || f.field === 'body' ? 'sm:col-span-2' : undefined}>
            {'multiline' in f ? <textarea rows={2} {...props} /> : <input {...props} />}
          </Field>
        );
      })}
    </fieldset>
  );
}
