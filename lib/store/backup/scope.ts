import { isBrandScope, type KitStore, type Scope } from './format';

/**
 * Which records a kit of this scope speaks for. A brand's kit: that brand and the records carrying its brandId, no
 * settings (they belong to one machine). Engagement items carry no brand today, so a brand's kit takes the whole log.
 */
export function inScope(store: KitStore, rec: unknown, scope: Scope): boolean {
  if (!isBrandScope(scope)) return true;
  const r = rec as { id?: unknown; brandId?: unknown };
  if (store === 'brands') return r.id === scope.brandId;
  if (store === 'settings') return false;
  if (store === 'engagement') return r.brandId === undefined || r.brandId === scope.brandId;
  return r.brandId === scope.brandId;
}
