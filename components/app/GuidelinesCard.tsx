import { useEffect, useState } from 'preact/hooks';
import type { Brand } from '../../lib/store/schemas/brand';
import type { Platform } from '../../lib/platforms/types';
import type { Db } from '../../lib/store/db';
import { formatNumber, type UiLanguage } from '../../lib/i18n';
import { contextGuidelines } from '../../lib/strategy/context';
import { postsPerWeek, progressOf, measureOf, type ProgressData } from '../../lib/strategy/progress';
import { pageDb } from '../../lib/store/client';
import { listBrands } from '../../lib/store/brands';
import { PLATFORM_NAMES } from '../engagement/labels';
import { ProgressLine } from '../strategy/ProgressLine';
import { loadProgressData } from '../strategy/useProgress';
import { BrandSwitcher } from './BrandSwitcher';
import { useActivePlatform } from './usePageState';
import { appText } from './messages';
import '../strategy/strategy.css';

interface Props {
  brand: Brand;
  lang: UiLanguage;
  /** The platform in front of the user; read from the active tab when not given (null: none). */
  platform?: Platform | null;
  brands?: Brand[];
  data?: ProgressData;
}

const STAGE_KEY = { listen: 'stageListen', discuss: 'stageDiscuss', associate: 'stageAssociate' } as const;

/**
 * The brand's guidelines where the user works: on a platform page, that platform's role, audience, cadence and tone
 * first; anywhere else, the brand as a whole. Then voice, do and don't, key messages, values, and where the numeric
 * objectives stand (or what is missing to say it).
 */
export function GuidelinesCard({ brand, lang, platform: given, brands: givenBrands, data: givenData }: Props) {
  const t = appText(lang);
  const active = useActivePlatform(given === undefined);
  const platform = given === undefined ? active : given ?? undefined;
  const [loadedBrands, setBrands] = useState<Brand[]>([]);
  const [loadedData, setData] = useState<ProgressData>();
  const brands = givenBrands ?? loadedBrands;
  const data = givenData ?? loadedData;
  useEffect(() => {
    if (givenBrands && givenData) return;
    let live = true;
    void (async () => {
      const db: Db = await pageDb();
      if (!givenBrands) listBrands(db).then((r) => live && setBrands(r.valid), () => {});
      if (!givenData) loadProgressData(db, brand.id).then((d) => live && setData(d), () => {});
    })();
    return () => void (live = false);
  }, [brand.id, brand.updatedAt]);

  const g = contextGuidelines(brand, platform);
  const name = platform ? PLATFORM_NAMES[platform] : '';
  const pace = platform && g.role && data?.posts ? postsPerWeek(data.posts, [platform], data.now) : undefined;
  const numeric = g.objectives.filter((o) => o.kind === 'quantitative');
  return (
    <section class="ck-card ck-guidelines" aria-labelledby="guidelines-title" data-testid="guidelines">
      <BrandSwitcher brands={brands} activeId={brand.id} lang={lang} />
      <h2 id="guidelines-title">{brand.name}</h2>
      <p class="ck-where" data-testid="guidelines-where">
        {platform ? (g.role ? t('onPlatform', { platform: name }) : t('platformNotInStrategy', { platform: name })) : t('wholeBrand')}
      </p>
      {g.role && (
        <dl class="ck-role-facts" data-testid="platform-role">
          {g.role.why && <><dt>{t('role')}</dt><dd>{g.role.why}</dd></>}
          {g.role.audience && <><dt>{t('platformAudience')}</dt><dd>{g.role.audience}</dd></>}
          <dt>{t('cadence')}</dt>
          <dd>
            {t('cadenceValue', { count: g.role.cadencePerWeek })}
            {pace && pace.any > 0 && <span class="ck-muted"> · {t('cadenceNow', { count: formatNumber(Math.round(pace.perWeek * 10) / 10, lang) })}</span>}
          </dd>
          {g.role.toneOverride && <><dt>{t('tone')}</dt><dd>{g.role.toneOverride}</dd></>}
          <dt>{t('stage')}</dt><dd>{t(STAGE_KEY[g.role.stage])}</dd>
        </dl>
      )}
      {!platform && g.roles.length > 0 && (
        <>
          <h3>{t('platforms')}</h3>
          <ul class="ck-list">
            {g.roles.map(({ platform: p, role }) => (
              <li key={p}><strong>{PLATFORM_NAMES[p]}</strong>{role.why ? `${t('colon')}${role.why}` : ''} <span class="ck-muted">({t('cadenceValue', { count: role.cadencePerWeek })})</span></li>
            ))}
          </ul>
        </>
      )}
      {!platform && g.mission && (
        <>
          <h3>{t('mission')}</h3>
          <p>{g.mission}</p>
        </>
      )}
      <h3>{t('voice')}</h3>
      {g.voice.length ? <ul class="ck-list">{g.voice.map((v) => <li key={v}>{v}</li>)}</ul> : <p class="ck-muted">{t('noVoice')}</p>}
      {(g.dos.length > 0 || g.donts.length > 0) && (
        <div class="ck-do-dont">
          <div class="ck-do">
            <h3>{t('dos')}</h3>
            <ul>{g.dos.map((v) => <li key={v}>{v}</li>)}</ul>
          </div>
          <div class="ck-dont">
            <h3>{t('donts')}</h3>
            <ul>{g.donts.map((v) => <li key={v}>{v}</li>)}</ul>
          </div>
        </div>
      )}
      {g.keyMessages.length > 0 && (
        <>
          <h3>{t('keyMessages')}</h3>
          <ul class="ck-list">{g.keyMessages.map((m) => <li key={m}>{m}</li>)}</ul>
        </>
      )}
      {g.values.length > 0 && (
        <>
          <h3>{t('values')}</h3>
          <ul class="ck-list">
            {g.values.map((v) => (
              <li key={v.name}><strong>{v.name}</strong>{v.howItShows ? `${t('colon')}${v.howItShows}` : ''}</li>
            ))}
          </ul>
        </>
      )}
      {numeric.length > 0 && (
        <>
          <h3>{t('objectives')}</h3>
          <ul class="ck-list ck-objectives" data-testid="objectives">
            {numeric.map((o) => (
              <li key={o.id}>
                <div>{o.statement}</div>
                {data ? <ProgressLine progress={progressOf(o, data)} lang={lang} /> : measureOf(o) !== 'manual' && <p class="ck-muted ck-progress">{t('loading')}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
