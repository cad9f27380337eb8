/**
 * The evaluation sets in ../shared/data and how their labels map to Cocktail's understanding.
 * Mappings:
 * - youtube_spam: CLASS 1 -> spam, 0 -> ham; predicted spam = intent "spam".
 * - airline_sentiment: complaint = airline_sentiment "negative" (every negative tweet carries a negativereason);
 *   predicted complaint = intent "complaint". Sentiment compared as is (negative/neutral/positive).
 * - twcs_labeled (companies whose label set has these topics, i.e. AmazonHelp): "Bad Support" -> complaint,
 *   "Service Praise" -> praise, any other topic or none -> other; predicted complaint/praise as is, anything else other.
 * - fr_sentiment_deft2017: label compared as is.
 * - language: French rows (DEFT, ENGIE and Free customer tweets) against English rows (airline, twcs inbound).
 * - test/eval/labels/intent-slice.csv: hand labels (see its README).
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv, type CsvRow } from './csv';
import { htmlToText } from './text';

export interface LabelledText {
  text: string;
  gold: string;
  group?: string;
}

export interface EvalSet {
  name: string;
  task: 'spam' | 'complaint' | 'sentiment' | 'topic' | 'language' | 'intent' | 'question';
  labels: string[];
  rows: LabelledText[];
}

const read = (dir: string, file: string): CsvRow[] => parseCsv(readFileSync(join(dir, file), 'utf8'));

export function youtubeSpam(dir: string): EvalSet {
  const rows: LabelledText[] = [];
  for (const [file, group] of [
    ['youtube_spam/Youtube01-Psy.csv', 'Psy'],
    ['youtube_spam/Youtube02-KatyPerry.csv', 'KatyPerry'],
    ['youtube_spam/Youtube03-LMFAO.csv', 'LMFAO'],
  ]) {
    for (const r of read(dir, file)) rows.push({ text: htmlToText(r.CONTENT), gold: r.CLASS === '1' ? 'spam' : 'ham', group });
  }
  return { name: 'YouTube spam (UCI, 3 videos)', task: 'spam', labels: ['spam', 'ham'], rows };
}

const airline = (dir: string) => read(dir, 'airline_sentiment/Tweets_first500_per_airline.csv');

export function airlineComplaint(dir: string): EvalSet {
  const rows = airline(dir).map((r) => ({
    text: r.text,
    gold: r.airline_sentiment === 'negative' ? 'complaint' : 'not',
    group: r.airline,
  }));
  return { name: 'Airline tweets: complaint vs not', task: 'complaint', labels: ['complaint', 'not'], rows };
}

/** The airline rows with the complaint type (negativereason) of each negative tweet, for recall by type. */
export function airlineComplaintRows(dir: string) {
  return airline(dir).map((r) => ({
    text: r.text,
    airline: r.airline,
    reason: r.airline_sentiment === 'negative' ? r.negativereason || "Can't Tell" : undefined,
  }));
}

export function airlineSentiment(dir: string): EvalSet {
  const rows = airline(dir).map((r) => ({ text: r.text, gold: r.airline_sentiment, group: r.airline }));
  return { name: 'Airline tweets: sentiment', task: 'sentiment', labels: ['negative', 'neutral', 'positive'], rows };
}

export function twcsTopics(dir: string): EvalSet {
  const rows = read(dir, 'twcs_labeled/twcs_inbound_labeled_600.csv')
    .filter((r) => r._cats_for_company.split('|').includes('Bad Support'))
    .map((r) => {
      const topics = r.labels.split('|');
      const gold = topics.includes('Bad Support') ? 'complaint' : topics.includes('Service Praise') ? 'praise' : 'other';
      return { text: r.text, gold, group: r.company };
    });
  return { name: 'twcs_labeled topics (Bad Support, Service Praise)', task: 'topic', labels: ['complaint', 'praise', 'other'], rows };
}

export function frenchSentiment(dir: string): EvalSet {
  const rows = read(dir, 'fr_sentiment_deft2017/fr_tweets_sentiment_trainval.csv').map((r) => ({ text: r.text, gold: r.label, group: r.split }));
  return { name: 'French sentiment (DEFT 2017)', task: 'sentiment', labels: ['negative', 'neutral', 'positive'], rows };
}

export function languageMix(dir: string): EvalSet {
  const fr = [
    ...read(dir, 'fr_sentiment_deft2017/fr_tweets_sentiment_trainval.csv').map((r) => r.text),
    ...read(dir, 'fr_brand_tweets/engie_fr_tweets_576.csv').filter((r) => r.is_brand_account === 'no').map((r) => r.full_text),
    ...read(dir, 'fr_brand_tweets/free_fr_tweets_3764.csv').filter((r) => r.is_brand_account === 'no').map((r) => r.text),
  ];
  const en = [
    ...airline(dir).map((r) => r.text),
    ...read(dir, 'twcs_labeled/twcs_inbound_labeled_600.csv').map((r) => r.text),
  ];
  const rows = [...fr.map((text) => ({ text, gold: 'fr', group: 'fr sets' })), ...en.map((text) => ({ text, gold: 'en', group: 'en sets' }))];
  return { name: 'Language (French sets mixed with English sets)', task: 'language', labels: ['fr', 'en'], rows };
}

export function handLabelled(labelsFile: string): EvalSet {
  const rows = parseCsv(readFileSync(labelsFile, 'utf8')).map((r) => ({ text: r.text, gold: r.intent, group: r.source }));
  return {
    name: 'Hand-labelled intent slice (ENGIE, Free, twcs)',
    task: 'intent',
    labels: ['complaint', 'question', 'request', 'praise', 'other'],
    rows,
  };
}

export function dataAvailable(dir: string) {
  return existsSync(join(dir, 'README.md')) && existsSync(join(dir, 'youtube_spam'));
}
