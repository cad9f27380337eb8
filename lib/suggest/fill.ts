/** Fills {author} {brand} {agent} {product}; an empty value takes its separators with it. */
export interface FillValues {
  author?: string;
  brand?: string;
  agent?: string;
  product?: string;
}

const GENERIC_PRODUCT = { fr: 'nos produits', en: 'our products' } as const;

export function fill(text: string, v: FillValues, language: 'fr' | 'en'): string {
  const values: Record<string, string> = {
    author: firstName(v.author ?? ''),
    brand: v.brand?.trim() ?? '',
    agent: v.agent?.trim() ? `– ${v.agent.trim()}` : '',
    product: v.product?.trim() || GENERIC_PRODUCT[language],
  };
  const out = text.replace(/\{(author|brand|agent|product)\}/g, (_m, name: string) => values[name]);
  return tidy(out);
}

/** The first name of a display name, or the handle; never an @ so the platform does not notify twice. */
export function firstName(name: string): string {
  const clean = name.trim().replace(/^@/, '');
  if (!clean) return '';
  const first = clean.split(/\s+/)[0];
  return first.length > 1 ? first : clean;
}

/** Removes what an empty variable leaves behind: ", ." / "Bonjour ," / double spaces. */
export function tidy(s: string): string {
  return s
    .replace(/[ \t]+([,.])/g, '$1')
    .replace(/,([.!?])/g, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/^[\s,]+|[\s,]+$/g, '');
}
