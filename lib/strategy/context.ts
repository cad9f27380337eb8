import { PLATFORMS, type Platform } from '../platforms/types';
import type { Brand, Objective } from '../store/schemas/brand';

export type PlatformRole = NonNullable<Brand['platformRoles'][Platform]>;

/** What the popup and side panel show: for one platform when the user is on it, else for the brand as a whole. */
export interface ContextGuidelines {
  platform?: Platform;
  /** The platform's role, when the brand uses the platform in front of the user. */
  role?: PlatformRole;
  /** Every platform the brand uses, in the usual order, for the whole-brand view. */
  roles: Array<{ platform: Platform; role: PlatformRole }>;
  voice: string[];
  dos: string[];
  donts: string[];
  keyMessages: string[];
  values: Brand['values'];
  mission: string;
  /** Objectives that concern this platform (or every platform). */
  objectives: Objective[];
}

const nonEmpty = (xs: readonly string[]) => xs.map((x) => x.trim()).filter(Boolean);

export function contextGuidelines(brand: Brand, platform?: Platform): ContextGuidelines {
  const roles = PLATFORMS.flatMap((p) => {
    const role = brand.platformRoles[p];
    return role ? [{ platform: p, role }] : [];
  });
  return {
    platform,
    role: platform ? brand.platformRoles[platform] : undefined,
    roles,
    voice: nonEmpty(brand.voice).slice(0, 3),
    dos: nonEmpty(brand.dos),
    donts: nonEmpty(brand.donts),
    keyMessages: nonEmpty(brand.keyMessages),
    values: brand.values.filter((v) => v.name.trim()),
    mission: brand.mission.trim(),
    objectives: brand.objectives.filter((o) => !platform || o.platforms.length === 0 || o.platforms.includes(platform)),
  };
}
