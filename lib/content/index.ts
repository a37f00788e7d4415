export { parseTemplate, PLACEHOLDER_ROOTS, type ParsedTemplate, type TemplatePart, type TemplateIssue } from './template-syntax';
export { renderTemplate, type TemplateData, type FieldKind } from './render-template';
export { escapeHtml, isSafeUrl } from './escape';
export { variantContentSchema, renderVariant, sameVariantContent, VARIANT_LAYOUTS, type VariantContent, type VariantLayout } from './variant-content';
