// Understanding one comment (budget 0.2 ms), three suggestions for one comment, and the gzip bytes that
// lib/understand and lib/suggest add to a browser bundle.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { suggest } from '../../lib/suggest';
import { understand } from '../../lib/understand';
import { percentile, row, timeRuns, type BenchRow } from './row';

// Written for this bench in the shape of real comments: Québec French, English, typos, emoji, handles, links.
const COMMENTS = [
  "chu tanné, ma facture est encore fausse pis personne répond au service client 😡",
  'Vous êtes ouverts à quelle heure dimanche? On voudrait passer avec les enfants',
  "@cafelune c'est tellement bon votre nouveau latte à l'érable, bravo à l'équipe!!",
  'ya tu moyen de changer mon adresse de livraison? jai déménagé la semaine passée',
  'ça marche pus pantoute depuis la mise à jour, l’app plante à chaque fois',
  'Check out my channel for free giveaways!!! http://bit.ly/xyz123',
  'mdr vous êtes vraiment une bande de clowns',
  'Merci pour le service rapide hier, très apprécié 🙏',
  'pouvez-vous me contacter en MP svp, j’ai un souci avec ma commande #48213',
  'tsé quand ton colis est supposé arriver mardi pis qu’on est vendredi…',
  '@brand my order still has not arrived and nobody answers the phone. 3 weeks!!',
  'Is the store on Saint-Denis open on Monday?',
  'love the new packaging, way better than before ❤️',
  'please bring back the pumpkin muffins, they were the best',
  'you guys are pathetic, worst company ever, f u',
  'Got charged twice for the same order, can someone help me get a refund?',
  'lol same',
  'https://www.instagram.com/p/xyz',
  'Bonjour, est-ce que vos produits sont faits au Québec?',
  "J'adore! Hâte d'essayer la nouvelle saveur",
  'Pourquoi le prix a augmenté de 20% en un mois? Inacceptable.',
  'nice pic 😍😍',
  'Vraiment déçu de la qualité cette fois-ci, c’était pas comme d’habitude',
  'Can you DM me the tracking number? Order #55120',
  'icitte à Québec on l’attend encore ce produit-là, c’est pour quand?',
  'thanks @brand for the quick fix, all good now',
  'Bon service, mais la livraison était un peu lente',
  'Qui d’autre a eu le même problème de connexion ce matin?',
  'Absolutely amazing customer service, Sarah was so helpful!',
  'ben voyons donc, encore une panne?!',
  "ça fait 3 semaines que j'attends mon remboursement, toujours rien!!! c'est quoi ce service?",
  '@brand why was I charged twice this month??? 45 min on hold and no answer',
  "pouvez-vous m'indiquer si la succursale est ouverte lundi? tu sais-tu si c'est pareil à Laval",
  'great job losing my bag AGAIN, thanks for nothing',
];

export default async function bench(): Promise<BenchRow[]> {
  // Warm-up so the JIT has compiled the hot paths, as it will have in a long-lived content script.
  for (let i = 0; i < 200; i++) for (const c of COMMENTS) understand(c);
  let k = 0;
  const one = timeRuns(6000, () => understand(COMMENTS[k++ % COMMENTS.length]));
  const mean = one.reduce((s, v) => s + v, 0) / one.length;

  const profile = { brandName: 'Café Lune', agent: 'Julie', formality: 'either' as const };
  const items = COMMENTS.map((text) => ({ item: { platform: 'x' as const, kind: 'comment' as const, author: { name: 'Marie Tremblay' }, text }, u: understand(text) }));
  for (let i = 0; i < 3; i++) for (const x of items) suggest(x.item, x.u, profile);
  let j = 0;
  const three = timeRuns(600, () => {
    const x = items[j++ % items.length];
    suggest(x.item, x.u, profile);
  });
  const threeMean = three.reduce((s, v) => s + v, 0) / three.length;

  const understandOnly = await gzipBytes("export { understand } from './lib/understand';", false);
  const both = await gzipBytes("export { understand } from './lib/understand'; export { suggest, DEFAULT_TEMPLATES } from './lib/suggest';", true);

  return [
    row('understand: one comment, mean', mean, 'ms', 0.2),
    row('understand: one comment, p99', percentile(one, 99), 'ms', null),
    row('suggest: three suggestions, mean', threeMean, 'ms', null),
    row('suggest: three suggestions, p99', percentile(three, 99), 'ms', null),
    row('lib/understand gzip (browser, minified)', understandOnly, 'B', null),
    row('lib/understand + lib/suggest gzip (without lib/guidelines)', both, 'B', null),
  ];
}

/** Minified browser bundle of the entry, lib/guidelines left out (it is counted with the lint). */
async function gzipBytes(entry: string, excludeGuidelines: boolean): Promise<number> {
  const result = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
    plugins: excludeGuidelines
      ? [{ name: 'no-guidelines', setup: (b) => b.onResolve({ filter: /\/guidelines$/ }, (a) => ({ path: a.path, external: true })) }]
      : [],
  });
  return gzipSync(result.outputFiles[0].contents).length;
}
