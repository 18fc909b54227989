/** Fills `{name}` placeholders; a missing value becomes empty rather than a raw placeholder. */
export function interpolate(template: string, params: object): string {
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = (params as Record<string, unknown>)[name];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  });
}
