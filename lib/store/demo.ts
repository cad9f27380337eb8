import type { Db } from './db';
import { brandSchema, type Brand } from './schemas/brand';
import { replyTemplateSchema } from './schemas/template';
import { toneRulesSchema } from './schemas/tone-rules';
import { getSettings } from './brands';
import { settingsSchema } from './schemas/settings';
import { defaultPack } from '../guidelines';

export const DEMO_BRAND_ID = 'demo-cafe-boreal';

/** The demo's sample brand: a Québec café that answers in French with "vous". */
export function demoBrand(now: Date): Brand {
  const at = now.toISOString();
  return brandSchema.parse({
    id: DEMO_BRAND_ID,
    name: 'Café Boréal',
    locale: 'fr-CA',
    audience: 'b2c',
    handles: { x: ['cafeboreal'], instagram: ['cafeboreal'], facebook: ['cafeboreal'], youtube: ['@cafeboreal'], tiktok: ['cafeboreal'], linkedin: ['cafe-boreal'], reddit: ['cafeboreal'], bluesky: ['cafeboreal.bsky.social'], mastodon: ['cafeboreal@mastodon.social'], threads: ['cafeboreal'] },
    keywords: ['Café Boréal', 'Boréal'],
    mission: 'Servir à Québec un café torréfié ici, équitable, dans un lieu où chacun se sent accueilli.',
    vision: 'Être le café de quartier préféré de la Capitale-Nationale, pour son accueil autant que pour sa tasse.',
    values: [
      { name: 'Accueil', howItShows: 'On répond à chaque commentaire, par le prénom, avec chaleur.' },
      { name: 'Local', howItShows: 'On nomme nos fournisseurs et nos quartiers.' },
      { name: 'Transparence', howItShows: 'On admet nos erreurs et on dit ce qu’on fait pour les corriger.' },
    ],
    voice: ['Chaleureux, jamais familier : on vouvoie.', 'Simple et concret, sans jargon.', 'Québécois et fier, en français soigné (OQLF).'],
    dos: ['Saluer la personne par son prénom', 'Proposer une solution ou un prochain pas', 'Signer avec ses initiales'],
    donts: ['Tutoyer', 'Employer « e-mail » ou « hashtag »', 'Promettre une date sans la connaître'],
    keyMessages: ['Café torréfié à Québec', 'Lait d’avoine maison sans frais', 'Ouvert 7 jours, de 7 h à 18 h'],
    agent: 'M.-È.',
    platformRoles: {
      instagram: { why: 'Montrer nos boissons et nos gens', audience: 'Clientèle de 20 à 40 ans', cadencePerWeek: 4, stage: 'associate' },
      facebook: { why: 'Informer le quartier (heures, événements)', audience: 'Résidents de Limoilou', cadencePerWeek: 3, stage: 'discuss' },
      x: { why: 'Écouter et répondre vite', audience: 'Médias et clientèle', cadencePerWeek: 2, stage: 'listen' },
    },
    objectives: [
      { id: 'obj-reply-time', kind: 'quantitative', statement: 'Répondre à chaque commentaire en moins de 2 h', metric: 'reply-time-hours', baseline: 6, target: 2, due: '2027-03-31', platforms: ['instagram', 'facebook', 'x'], means: ['Vérifier la file 3 fois par jour'], deliverables: ['Bibliothèque de réponses à jour'] },
    ],
    createdAt: at,
    updatedAt: at,
  });
}

const TEMPLATES: Array<{ id: string; intents: string[]; text: string; tuText?: string }> = [
  { id: 'demo-t-merci', intents: ['praise'], text: 'Merci beaucoup {author}, ça nous fait chaud au cœur! Au plaisir de vous revoir au café. {agent}', tuText: 'Merci beaucoup {author}, ça nous fait chaud au cœur! Au plaisir de te revoir au café. {agent}' },
  { id: 'demo-t-question', intents: ['question'], text: 'Bonjour {author}, bonne question! Nous sommes ouverts 7 jours, de 7 h à 18 h. Au plaisir! {agent}' },
  { id: 'demo-t-plainte', intents: ['complaint'], text: 'Bonjour {author}, nous sommes désolés de cette expérience. Pouvez-vous nous écrire en message privé? Nous voulons corriger la situation. {agent}' },
];

/** Seeds the sample brand, its rules and templates, and makes it active. Idempotent: same ids every time. */
export async function seedDemo(db: Db, now: Date) {
  const brand = demoBrand(now);
  const at = now.toISOString();
  const settings = settingsSchema.parse({ ...(await getSettings(db)), activeBrandId: brand.id });
  const tx = db.transaction(['brands', 'toneRules', 'templates', 'settings'], 'readwrite');
  await tx.objectStore('brands').put(brand);
  await tx.objectStore('toneRules').put(toneRulesSchema.parse({ id: `${brand.id}-rules`, brandId: brand.id, pack: 'fr-CA', rules: defaultPack('fr-CA'), updatedAt: at }));
  for (const t of TEMPLATES) {
    await tx.objectStore('templates').put(replyTemplateSchema.parse({ ...t, brandId: brand.id, language: 'fr', builtIn: false, updatedAt: at }));
  }
  await tx.objectStore('settings').put(settings);
  await tx.done;
  return brand.id;
}
