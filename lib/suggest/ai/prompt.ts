/** The prompt every tier receives: the brand's voice and rules, the comment, and the JSON shape to answer in. */
import type { AiRequest } from './provider';

export function systemPrompt(req: AiRequest): string {
  const fr = req.language === 'fr';
  const lines = [
    `You write replies for the community manager of the brand "${req.brandName}" on ${req.platform}.`,
    fr
      ? `Write in Québec French, addressing the person with "${req.formality}".`
      : 'Write in English.',
    `Each reply is at most ${req.maxLength} characters, answers this person directly, and never invents facts, prices or dates.`,
    'Never promise what only a human can confirm; offer private messages for account details.',
  ];
  if (req.voice.length) lines.push(`Brand voice: ${req.voice.join(', ')}.`);
  if (req.dos.length) lines.push(`Do: ${req.dos.join('; ')}.`);
  if (req.donts.length) lines.push(`Don't: ${req.donts.join('; ')}.`);
  for (const r of req.rules) lines.push(`Rule: ${r}`);
  lines.push(`Answer only with JSON: {"replies": [${req.count} different replies as strings]}.`);
  return lines.join('\n');
}

export function userPrompt(req: AiRequest): string {
  // The comment is data, fenced so instructions inside it are not taken as ours.
  return `Comment by ${req.authorName || 'someone'} (read as: ${req.intent}):\n<<<\n${req.comment.slice(0, 2000)}\n>>>`;
}
