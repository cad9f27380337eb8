/**
 * The default reply library: every intent in French (vous, with a tu variant) and in English, three or more each,
 * so three different suggestions exist for any comment. Variables: {author} {brand} {agent} {product}.
 * Written for Québec French first (courriel, message privé, clavarder), neutral enough for France.
 */
import type { Intent, ReplyTemplate } from '../store/schemas/template';

const UPDATED = '2026-01-01T00:00:00.000Z';

function tpl(id: string, intents: Intent[], language: 'fr' | 'en', title: string, text: string, tuText?: string): ReplyTemplate {
  return { id: `builtin-${id}`, brandId: 'builtin', title, intents, language, platforms: [], text, tuText, builtIn: true, updatedAt: UPDATED };
}

export const DEFAULT_TEMPLATES: ReplyTemplate[] = [
  // Questions
  tpl('question-fr-1', ['question'], 'fr', 'Réponse rapide', 'Bonjour {author}, merci pour votre question. Voici ce qu’on peut vous dire : [réponse]. {agent}', 'Salut {author}, merci pour ta question. Voici ce qu’on peut te dire : [réponse]. {agent}'),
  tpl('question-fr-2', ['question'], 'fr', 'On vérifie', 'Bonjour {author}, bonne question. On vérifie auprès de l’équipe et on revient vers vous aujourd’hui. {agent}', 'Salut {author}, bonne question. On vérifie auprès de l’équipe et on te revient aujourd’hui. {agent}'),
  tpl('question-fr-3', ['question'], 'fr', 'Vers un message privé', 'Bonjour {author}, pour bien vous répondre, pouvez-vous nous écrire en message privé avec quelques détails? On s’en occupe. {agent}', 'Salut {author}, pour bien te répondre, peux-tu nous écrire en message privé avec quelques détails? On s’en occupe. {agent}'),
  tpl('question-en-1', ['question'], 'en', 'Quick answer', 'Hi {author}, thanks for asking. Here is what we can tell you: [answer]. {agent}'),
  tpl('question-en-2', ['question'], 'en', 'Checking', 'Hi {author}, good question. We are checking with the team and will get back to you today. {agent}'),
  tpl('question-en-3', ['question'], 'en', 'To private messages', 'Hi {author}, so we can answer properly, could you send us a private message with a few details? We are on it. {agent}'),

  // Complaints: acknowledge, own it, take it to private messages
  tpl('complaint-fr-1', ['complaint'], 'fr', 'Excuses et message privé', 'Bonjour {author}, nous sommes désolés de cette situation. Écrivez-nous en message privé avec votre numéro de dossier et on règle ça avec vous. {agent}', 'Salut {author}, on est vraiment désolés. Écris-nous en message privé avec ton numéro de dossier et on règle ça avec toi. {agent}'),
  tpl('complaint-fr-2', ['complaint'], 'fr', 'On comprend', 'Bonjour {author}, on comprend votre frustration et ce n’est pas l’expérience qu’on souhaite vous offrir. Un membre de l’équipe vous contacte en privé dès maintenant. {agent}', 'Salut {author}, on comprend ta frustration et ce n’est pas l’expérience qu’on veut t’offrir. Quelqu’un de l’équipe te contacte en privé dès maintenant. {agent}'),
  tpl('complaint-fr-3', ['complaint'], 'fr', 'Merci de le signaler', 'Merci de nous l’avoir signalé, {author}. On regarde ce qui s’est passé avec {product} et on vous écrit en message privé pour trouver une solution. {agent}', 'Merci de nous l’avoir signalé, {author}. On regarde ce qui s’est passé avec {product} et on t’écrit en message privé pour trouver une solution. {agent}'),
  tpl('complaint-en-1', ['complaint'], 'en', 'Apology and DM', 'Hi {author}, we are sorry about this. Please send us a private message with your order or account number and we will fix it with you. {agent}'),
  tpl('complaint-en-2', ['complaint'], 'en', 'We understand', 'Hi {author}, we understand your frustration, and this is not the experience we want you to have. Someone from our team is reaching out to you privately now. {agent}'),
  tpl('complaint-en-3', ['complaint'], 'en', 'Thanks for flagging', 'Thanks for letting us know, {author}. We are looking into what happened with {product} and will message you privately to sort it out. {agent}'),

  // Praise and thanks
  tpl('praise-fr-1', ['praise'], 'fr', 'Merci', 'Merci beaucoup {author}, ça fait vraiment plaisir à toute l’équipe de {brand}. {agent}', 'Merci beaucoup {author}, ça fait vraiment plaisir à toute l’équipe de {brand}. {agent}'),
  tpl('praise-fr-2', ['praise'], 'fr', 'On transmet', 'Quel beau message, {author}. On le transmet à l’équipe, qui sera ravie de le lire. {agent}'),
  tpl('praise-fr-3', ['praise'], 'fr', 'Au plaisir', 'Merci {author}, on est contents que {product} vous plaise. Au plaisir de vous revoir. {agent}', 'Merci {author}, on est contents que {product} te plaise. Au plaisir de te revoir. {agent}'),
  tpl('praise-en-1', ['praise'], 'en', 'Thank you', 'Thank you so much, {author}. This really made the {brand} team’s day. {agent}'),
  tpl('praise-en-2', ['praise'], 'en', 'Passing it on', 'What a kind message, {author}. We are passing it on to the team, they will love it. {agent}'),
  tpl('praise-en-3', ['praise'], 'en', 'Glad you like it', 'Thanks {author}, we are so glad you are enjoying {product}. See you soon. {agent}'),

  // Requests
  tpl('request-fr-1', ['request'], 'fr', 'Bien reçu', 'Bonjour {author}, demande bien reçue. On s’en occupe et on vous confirme en message privé. {agent}', 'Salut {author}, demande bien reçue. On s’en occupe et on te confirme en message privé. {agent}'),
  tpl('request-fr-2', ['request'], 'fr', 'Suggestion notée', 'Merci pour la suggestion, {author}. On la transmet à l’équipe responsable de {product}. {agent}'),
  tpl('request-fr-3', ['request'], 'fr', 'Besoin de détails', 'Bonjour {author}, avec plaisir. Pouvez-vous nous écrire en message privé pour qu’on ait les détails? {agent}', 'Salut {author}, avec plaisir. Peux-tu nous écrire en message privé pour qu’on ait les détails? {agent}'),
  tpl('request-en-1', ['request'], 'en', 'Received', 'Hi {author}, request received. We are on it and will confirm by private message. {agent}'),
  tpl('request-en-2', ['request'], 'en', 'Suggestion noted', 'Thanks for the suggestion, {author}. We are passing it on to the {product} team. {agent}'),
  tpl('request-en-3', ['request'], 'en', 'Need details', 'Hi {author}, happy to help. Could you send us a private message with the details? {agent}'),

  // Trolls and abuse: stay calm, restate facts, offer a real channel, no back-and-forth
  tpl('troll-fr-1', ['troll'], 'fr', 'Désamorcer', 'Bonjour {author}, on entend que vous êtes mécontent. Si vous voulez en parler, on est disponibles en message privé. {agent}', 'Salut {author}, on entend que tu es mécontent. Si tu veux en parler, on est disponibles en message privé. {agent}'),
  tpl('troll-fr-2', ['troll'], 'fr', 'Rappel respectueux', 'On veut garder cet espace respectueux pour tout le monde. Si vous avez une question sur {product}, on est là pour y répondre. {agent}', 'On veut garder cet espace respectueux pour tout le monde. Si tu as une question sur {product}, on est là pour y répondre. {agent}'),
  tpl('troll-fr-3', ['troll'], 'fr', 'Les faits', 'Merci pour votre commentaire, {author}. Pour les faits et les détails, tout est sur notre site, et on répond à vos questions en privé. {agent}', 'Merci pour ton commentaire, {author}. Pour les faits et les détails, tout est sur notre site, et on répond à tes questions en privé. {agent}'),
  tpl('troll-en-1', ['troll'], 'en', 'De-escalate', 'Hi {author}, we hear that you are unhappy. If you want to talk it through, we are available by private message. {agent}'),
  tpl('troll-en-2', ['troll'], 'en', 'Respectful reminder', 'We want to keep this space respectful for everyone. If you have a question about {product}, we are here to answer it. {agent}'),
  tpl('troll-en-3', ['troll'], 'en', 'The facts', 'Thanks for your comment, {author}. The facts and details are on our website, and we are happy to answer questions privately. {agent}'),

  // Spam: a short note for other readers, if a reply is needed at all
  tpl('spam-fr-1', ['spam'], 'fr', 'Mise en garde', 'Attention : ce lien ne vient pas de {brand}. Ne partagez jamais vos renseignements personnels. {agent}', 'Attention : ce lien ne vient pas de {brand}. Ne partage jamais tes renseignements personnels. {agent}'),
  tpl('spam-fr-2', ['spam'], 'fr', 'Canal officiel', 'Pour toute offre de {brand}, fiez-vous seulement à nos comptes officiels. {agent}', 'Pour toute offre de {brand}, fie-toi seulement à nos comptes officiels. {agent}'),
  tpl('spam-fr-3', ['spam'], 'fr', 'Signalé', 'Ce commentaire a été signalé. Merci de garder la conversation sur le sujet. {agent}'),
  tpl('spam-en-1', ['spam'], 'en', 'Warning', 'Heads up: this link is not from {brand}. Never share your personal information. {agent}'),
  tpl('spam-en-2', ['spam'], 'en', 'Official channel', 'For any {brand} offer, please rely only on our official accounts. {agent}'),
  tpl('spam-en-3', ['spam'], 'en', 'Reported', 'This comment has been reported. Please keep the conversation on topic. {agent}'),

  // Mentions: answer the person who named the brand
  tpl('mention-fr-1', ['mention'], 'fr', 'Merci de la mention', 'Merci de parler de nous, {author}. Ça nous fait plaisir de faire partie de la conversation. {agent}', 'Merci de parler de nous, {author}. Ça nous fait plaisir de faire partie de la conversation. {agent}'),
  tpl('mention-fr-2', ['mention'], 'fr', 'On est là', 'Bonjour {author}, l’équipe de {brand} est là si vous avez besoin de quoi que ce soit. {agent}', 'Salut {author}, l’équipe de {brand} est là si tu as besoin de quoi que ce soit. {agent}'),
  tpl('mention-fr-3', ['mention'], 'fr', 'Curieux', 'Merci pour la mention, {author}. Qu’est-ce qui vous a plu dans {product}? {agent}', 'Merci pour la mention, {author}. Qu’est-ce qui t’a plu dans {product}? {agent}'),
  tpl('mention-en-1', ['mention'], 'en', 'Thanks for the mention', 'Thanks for mentioning us, {author}. We love being part of the conversation. {agent}'),
  tpl('mention-en-2', ['mention'], 'en', 'We are here', 'Hi {author}, the {brand} team is here if you need anything at all. {agent}'),
  tpl('mention-en-3', ['mention'], 'en', 'Curious', 'Thanks for the mention, {author}. What did you like most about {product}? {agent}'),

  // Shares: thank for the share
  tpl('share-fr-1', ['share'], 'fr', 'Merci du partage', 'Merci du partage, {author}. C’est grâce à vous que nos nouvelles voyagent. {agent}', 'Merci du partage, {author}. C’est grâce à toi que nos nouvelles voyagent. {agent}'),
  tpl('share-fr-2', ['share'], 'fr', 'Content que ça plaise', 'Merci {author} d’avoir partagé. Content que ça vous ait plu. {agent}', 'Merci {author} d’avoir partagé. Content que ça t’ait plu. {agent}'),
  tpl('share-fr-3', ['share'], 'fr', 'Communauté', 'Merci de faire connaître {brand} autour de vous, {author}. {agent}', 'Merci de faire connaître {brand} autour de toi, {author}. {agent}'),
  tpl('share-en-1', ['share'], 'en', 'Thanks for sharing', 'Thanks for sharing, {author}. You are the reason our news gets around. {agent}'),
  tpl('share-en-2', ['share'], 'en', 'Glad you liked it', 'Thanks for the share, {author}. Glad you liked it. {agent}'),
  tpl('share-en-3', ['share'], 'en', 'Community', 'Thanks for spreading the word about {brand}, {author}. {agent}'),

  // Anything else
  tpl('other-fr-1', ['other'], 'fr', 'Merci du commentaire', 'Merci pour votre commentaire, {author}. {agent}', 'Merci pour ton commentaire, {author}. {agent}'),
  tpl('other-fr-2', ['other'], 'fr', 'Ouverture', 'Merci {author}. Si vous avez des questions sur {product}, on est là. {agent}', 'Merci {author}. Si tu as des questions sur {product}, on est là. {agent}'),
  tpl('other-fr-3', ['other'], 'fr', 'Avis', 'Merci de prendre le temps d’écrire, {author}. Votre avis compte pour {brand}. {agent}', 'Merci de prendre le temps d’écrire, {author}. Ton avis compte pour {brand}. {agent}'),
  tpl('other-en-1', ['other'], 'en', 'Thanks for the comment', 'Thanks for your comment, {author}. {agent}'),
  tpl('other-en-2', ['other'], 'en', 'Open door', 'Thanks {author}. If you have any questions about {product}, we are here. {agent}'),
  tpl('other-en-3', ['other'], 'en', 'Your opinion', 'Thanks for taking the time to write, {author}. Your opinion matters to {brand}. {agent}'),
];
