import { describe, expect, it } from 'vitest';
import { understand } from '../../../lib/understand';

describe('French money-making spam', () => {
  it.each([
    'Gagnez 5000 $ par semaine sans effort 👉 cliquez le lien dans ma bio!!! 🚀🚀',
    'Devenez riche avec la crypto, écrivez-moi en privé',
    'Revenu passif garanti, travail à domicile, lien dans ma bio',
  ])('is spam: %s', (text) => expect(understand(text).intent).toBe('spam'));

  it.each([
    ['Vous êtes ouverts 7 jours par semaine?', 'question'],
    ['Cliquez sur le lien de votre courriel pour confirmer? Ça marche pas', 'complaint'],
    ['On gagne du temps avec votre appli, merci!', 'praise'],
  ])('is not spam: %s', (text, intent) => expect(understand(text).intent).toBe(intent));
});
