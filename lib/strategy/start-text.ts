import type { Platform } from '../platforms/types';

export type StartAudience = 'b2b' | 'b2c';
export type StartLocale = 'fr-CA' | 'fr-FR' | 'en';

interface Line {
  name: string;
  howItShows: string;
}
interface Persona {
  name: string;
  needs: string;
  benefit: string;
}
interface RoleText {
  why: string;
  audience: string;
  toneOverride: string;
}

/** The words of a starting point, in the brand's language. Placeholders in brackets teach what to write. */
export interface StartText {
  values: Record<StartAudience, Line[]>;
  voice: Record<StartAudience, string[]>;
  dos: Record<StartAudience, string[]>;
  donts: Record<StartAudience, string[]>;
  keyMessages: string[];
  personas: Record<StartAudience, Persona[]>;
  replyObjective: { statement: string; metric: string; means: string[]; deliverables: string[] };
  postsObjective: { statement: string; metric: string; means: string[]; deliverables: string[] };
  qualitative: Record<StartAudience, { statement: string; judgedBy: string; means: string[]; deliverables: string[] }>;
  roles: Record<Platform, Record<StartAudience, RoleText>>;
}

const frRoles = (courriel: string): Record<Platform, Record<StartAudience, RoleText>> => ({
  linkedin: {
    b2b: { why: 'Montrer notre expertise et nouer des relations d’affaires', audience: 'Décideurs et gestionnaires de notre secteur', toneOverride: 'Posé et concret : des faits, des chiffres, un conseil utile' },
    b2c: { why: 'Attirer des talents et parler de notre équipe', audience: 'Candidats et partenaires', toneOverride: 'Professionnel et humain' },
  },
  x: {
    b2b: { why: 'Écouter notre secteur et répondre vite', audience: 'Journalistes, analystes, clients', toneOverride: 'Bref et direct, un seul message par publication' },
    b2c: { why: 'Écouter et répondre vite au service à la clientèle', audience: 'Clientèle et médias', toneOverride: 'Bref et direct' },
  },
  facebook: {
    b2b: { why: 'Informer notre communauté locale et nos partenaires', audience: 'Partenaires et communauté locale', toneOverride: '' },
    b2c: { why: 'Informer et rassembler notre communauté (heures, événements, nouveautés)', audience: 'Clientèle fidèle et voisinage', toneOverride: 'Chaleureux et pratique' },
  },
  instagram: {
    b2b: { why: 'Montrer les coulisses et notre équipe', audience: 'Talents et clients actuels', toneOverride: 'Visuel, légendes courtes' },
    b2c: { why: 'Montrer nos produits et les gens qui les font', audience: 'Clientèle de 20 à 40 ans', toneOverride: 'Visuel et chaleureux, emoji avec parcimonie' },
  },
  youtube: {
    b2b: { why: 'Expliquer en vidéo : démonstrations, conférences, tutoriels', audience: 'Utilisateurs et prospects qui se renseignent', toneOverride: 'Pédagogique' },
    b2c: { why: 'Expliquer et divertir : tutoriels, coulisses', audience: 'Clientèle curieuse', toneOverride: 'Pédagogique et vivant' },
  },
  tiktok: {
    b2b: { why: 'Rendre notre métier accessible', audience: 'Jeunes professionnels', toneOverride: 'Léger, sans jargon' },
    b2c: { why: 'Se faire découvrir par un public plus jeune', audience: 'Public de 16 à 30 ans', toneOverride: 'Léger et spontané, sans perdre nos valeurs' },
  },
  reddit: {
    b2b: { why: 'Écouter ce que les utilisateurs disent vraiment', audience: 'Utilisateurs avertis', toneOverride: 'Transparent, jamais promotionnel' },
    b2c: { why: 'Écouter et aider sans vendre', audience: 'Communautés passionnées', toneOverride: 'Transparent, jamais promotionnel' },
  },
  bluesky: {
    b2b: { why: 'Suivre les conversations de notre secteur', audience: 'Communauté techno et médias', toneOverride: 'Bref et direct' },
    b2c: { why: 'Suivre les conversations et répondre', audience: 'Clientèle curieuse', toneOverride: 'Bref et direct' },
  },
  mastodon: {
    b2b: { why: 'Être présents dans les communautés ouvertes', audience: 'Communauté techno', toneOverride: 'Sobre, texte alternatif sur chaque image' },
    b2c: { why: 'Être présents dans les communautés ouvertes', audience: 'Communauté engagée', toneOverride: 'Sobre, texte alternatif sur chaque image' },
  },
  threads: {
    b2b: { why: 'Prolonger nos idées en conversation', audience: 'Professionnels de notre secteur', toneOverride: 'Conversationnel' },
    b2c: { why: 'Converser avec notre communauté Instagram', audience: 'Abonnés Instagram', toneOverride: `Conversationnel; renvoyer au ${courriel} pour les cas privés` },
  },
});

const frCommon = (variant: 'fr-CA' | 'fr-FR'): StartText => {
  const ca = variant === 'fr-CA';
  const courriel = ca ? 'courriel' : 'message privé';
  return {
    values: {
      b2b: [
        { name: 'Expertise', howItShows: 'Chaque publication apporte un conseil, un chiffre ou un exemple utile au lecteur.' },
        { name: 'Fiabilité', howItShows: 'On répond vite, on donne un délai réaliste et on le tient.' },
        { name: 'Transparence', howItShows: 'On admet une erreur et on dit ce qu’on fait pour la corriger.' },
      ],
      b2c: [
        { name: 'Accueil', howItShows: 'On répond à chaque commentaire, par le prénom, avec chaleur.' },
        { name: 'Proximité', howItShows: ca ? 'On nomme nos quartiers, nos fournisseurs et nos gens d’ici.' : 'On nomme nos quartiers, nos fournisseurs et nos équipes.' },
        { name: 'Transparence', howItShows: 'On admet une erreur et on dit ce qu’on fait pour la corriger.' },
      ],
    },
    voice: {
      b2b: [
        'Expert sans être distant : on vouvoie, on explique simplement.',
        'Concret : un fait, un exemple ou un chiffre plutôt qu’un superlatif.',
        ca ? 'Français québécois soigné (OQLF) : courriel, mot-clic, infolettre.' : 'Français soigné, termes recommandés (FranceTerme) : courriel, mot-dièse.',
      ],
      b2c: [
        'Chaleureux, jamais familier : on vouvoie.',
        'Simple et concret, sans jargon.',
        ca ? 'Fier d’ici, en français québécois soigné (OQLF).' : 'Français soigné et vivant, sans anglicismes inutiles.',
      ],
    },
    dos: {
      b2b: ['Répondre en moins de 4 h ouvrables', 'Donner un prochain pas précis (lien, contact, délai)', 'Citer une source quand on avance un chiffre'],
      b2c: ['Saluer la personne par son prénom', 'Proposer une solution ou un prochain pas', 'Signer avec ses initiales'],
    },
    donts: {
      b2b: ['Répondre par un message générique', 'Débattre en public d’un dossier client', ca ? 'Employer « e-mail » ou « hashtag »' : 'Employer un anglicisme quand un terme français existe'],
      b2c: ['Tutoyer', 'Promettre une date sans la connaître', ca ? 'Employer « e-mail » ou « hashtag »' : 'Employer un anglicisme quand un terme français existe'],
    },
    keyMessages: [
      '[À remplacer] Ce qui vous distingue, en une phrase. Ex. : « Livraison en 24 h partout au Québec ».',
      '[À remplacer] Ce que la personne y gagne. Ex. : « Un conseiller qui vous rappelle le jour même ».',
      '[À remplacer] Une preuve. Ex. : « 4,8/5 sur 2 000 avis ».',
    ].map((s) => (ca ? s : s.replace('partout au Québec', 'partout en France'))),
    personas: {
      b2b: [{ name: 'Gestionnaire pressé', needs: 'Une réponse claire et un délai fiable', benefit: 'Il gagne du temps et rassure son équipe' }],
      b2c: [{ name: 'Client fidèle', needs: 'Savoir quoi de neuf et être reconnu', benefit: 'Il se sent accueilli et en profite le premier' }],
    },
    replyObjective: {
      statement: 'Répondre à chaque commentaire en moins de 2 h',
      metric: 'Délai médian de réponse (heures)',
      means: ['Vérifier la file d’attente trois fois par jour', 'Utiliser la bibliothèque de réponses'],
      deliverables: ['Bibliothèque de réponses à jour', 'Bilan mensuel des délais'],
    },
    postsObjective: {
      statement: 'Publier au rythme prévu sur chaque plateforme',
      metric: 'Publications par semaine',
      means: ['Planifier le calendrier un mois à l’avance'],
      deliverables: ['Calendrier éditorial du mois'],
    },
    qualitative: {
      b2b: { statement: 'Être reconnus comme la référence de notre secteur', judgedBy: 'Mentions spontanées et invitations à commenter reçues chaque trimestre', means: ['Partager un conseil d’expert par semaine'], deliverables: ['Série « La question de la semaine »'] },
      b2c: { statement: 'Que notre communauté se sente accueillie', judgedBy: 'Ton des commentaires reçus et remerciements spontanés, relus chaque mois', means: ['Répondre à chaque commentaire par le prénom'], deliverables: ['Revue mensuelle des commentaires'] },
    },
    roles: frRoles(courriel),
  };
};

const EN: StartText = {
  values: {
    b2b: [
      { name: 'Expertise', howItShows: 'Every post gives the reader a tip, a number or a useful example.' },
      { name: 'Reliability', howItShows: 'We answer fast, give a realistic timeline and keep it.' },
      { name: 'Transparency', howItShows: 'We own our mistakes and say what we are doing to fix them.' },
    ],
    b2c: [
      { name: 'Welcome', howItShows: 'We answer every comment, by first name, warmly.' },
      { name: 'Local', howItShows: 'We name our neighbourhoods, suppliers and people.' },
      { name: 'Transparency', howItShows: 'We own our mistakes and say what we are doing to fix them.' },
    ],
  },
  voice: {
    b2b: ['Expert, never distant: plain words, short sentences.', 'Concrete: a fact, an example or a number over a superlative.', 'Helpful first: the reader gains something from every post.'],
    b2c: ['Warm, never sloppy.', 'Simple and concrete, no jargon.', 'Proud of where we come from.'],
  },
  dos: {
    b2b: ['Answer within 4 business hours', 'Give a precise next step (link, contact, timeline)', 'Cite a source for any number'],
    b2c: ['Greet people by their first name', 'Offer a fix or a next step', 'Sign with your initials'],
  },
  donts: {
    b2b: ['Answer with a generic message', 'Discuss a client case in public', 'Use buzzwords'],
    b2c: ['Promise a date you do not know', 'Argue in public', 'Use all caps'],
  },
  keyMessages: [
    '[Replace me] What sets you apart, in one sentence. E.g. "Next-day delivery anywhere in Canada".',
    '[Replace me] What the reader gains. E.g. "An advisor calls you back the same day".',
    '[Replace me] A proof. E.g. "4.8/5 from 2,000 reviews".',
  ],
  personas: {
    b2b: [{ name: 'Busy manager', needs: 'A clear answer and a reliable timeline', benefit: 'Saves time and reassures the team' }],
    b2c: [{ name: 'Loyal customer', needs: 'To know what is new and to feel recognised', benefit: 'Feels welcome and hears of news first' }],
  },
  replyObjective: {
    statement: 'Answer every comment within 2 hours',
    metric: 'Median reply time (hours)',
    means: ['Check the queue three times a day', 'Use the reply library'],
    deliverables: ['Up-to-date reply library', 'Monthly reply-time report'],
  },
  postsObjective: {
    statement: 'Post at the planned pace on every platform',
    metric: 'Posts per week',
    means: ['Plan the calendar a month ahead'],
    deliverables: ['Monthly editorial calendar'],
  },
  qualitative: {
    b2b: { statement: 'Be known as the reference in our field', judgedBy: 'Unprompted mentions and invitations to comment, counted each quarter', means: ['Share one expert tip a week'], deliverables: ['"Question of the week" series'] },
    b2c: { statement: 'Our community feels welcome', judgedBy: 'Tone of comments and unprompted thanks, read each month', means: ['Answer every comment by first name'], deliverables: ['Monthly comment review'] },
  },
  roles: {
    linkedin: {
      b2b: { why: 'Show our expertise and build business relationships', audience: 'Decision-makers and managers in our field', toneOverride: 'Measured and concrete: facts, numbers, a useful tip' },
      b2c: { why: 'Attract talent and talk about our team', audience: 'Candidates and partners', toneOverride: 'Professional and human' },
    },
    x: {
      b2b: { why: 'Listen to our industry and answer fast', audience: 'Journalists, analysts, clients', toneOverride: 'Short and direct, one message per post' },
      b2c: { why: 'Listen and answer customer care fast', audience: 'Customers and media', toneOverride: 'Short and direct' },
    },
    facebook: {
      b2b: { why: 'Inform our local community and partners', audience: 'Partners and local community', toneOverride: '' },
      b2c: { why: 'Inform and gather our community (hours, events, news)', audience: 'Loyal customers and neighbours', toneOverride: 'Warm and practical' },
    },
    instagram: {
      b2b: { why: 'Show behind the scenes and our team', audience: 'Talent and current clients', toneOverride: 'Visual, short captions' },
      b2c: { why: 'Show our products and the people who make them', audience: 'Customers aged 20 to 40', toneOverride: 'Visual and warm, few emoji' },
    },
    youtube: {
      b2b: { why: 'Explain on video: demos, talks, tutorials', audience: 'Users and prospects doing research', toneOverride: 'Educational' },
      b2c: { why: 'Explain and entertain: tutorials, behind the scenes', audience: 'Curious customers', toneOverride: 'Educational and lively' },
    },
    tiktok: {
      b2b: { why: 'Make our trade approachable', audience: 'Young professionals', toneOverride: 'Light, no jargon' },
      b2c: { why: 'Get discovered by a younger audience', audience: 'People aged 16 to 30', toneOverride: 'Light and spontaneous, true to our values' },
    },
    reddit: {
      b2b: { why: 'Hear what users really say', audience: 'Expert users', toneOverride: 'Transparent, never promotional' },
      b2c: { why: 'Listen and help without selling', audience: 'Enthusiast communities', toneOverride: 'Transparent, never promotional' },
    },
    bluesky: {
      b2b: { why: 'Follow the conversations of our field', audience: 'Tech community and media', toneOverride: 'Short and direct' },
      b2c: { why: 'Follow conversations and answer', audience: 'Curious customers', toneOverride: 'Short and direct' },
    },
    mastodon: {
      b2b: { why: 'Be present in open communities', audience: 'Tech community', toneOverride: 'Plain, alt text on every image' },
      b2c: { why: 'Be present in open communities', audience: 'Engaged community', toneOverride: 'Plain, alt text on every image' },
    },
    threads: {
      b2b: { why: 'Carry our ideas into conversation', audience: 'Professionals in our field', toneOverride: 'Conversational' },
      b2c: { why: 'Talk with our Instagram community', audience: 'Instagram followers', toneOverride: 'Conversational; move private cases to direct messages' },
    },
  },
};

export const START_TEXT: Record<StartLocale, StartText> = { 'fr-CA': frCommon('fr-CA'), 'fr-FR': frCommon('fr-FR'), en: EN };
