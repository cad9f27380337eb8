import { useState } from 'preact/hooks';
import type { UiLanguage } from '../../lib/i18n';
import { problemMessage } from '../../lib/guidelines/messages';
import { httpUrl } from '../../lib/engagement/sanitize';
import type { EngagementState } from '../../lib/store/schemas/engagement';
import type { PanelModel } from '../../lib/page/panel-model';
import { checklistOf, type MarkedFacts } from '../../lib/page/panel-model';
import type { InsertOutcome } from '../../lib/page/insert-target';
import { chipText, panelText } from '../../lib/page/messages';

export interface PanelActions {
  /** Absent where no page is reachable: then only Copy is offered. */
  insert?: (text: string) => Promise<InsertOutcome>;
  copy: (text: string) => Promise<boolean>;
  setState: (state: EngagementState) => Promise<boolean>;
  close?: () => void;
}

export interface PanelProps {
  model: PanelModel;
  lang: UiLanguage;
  scheme: 'light' | 'dark';
  actions: PanelActions;
  /** Heading level and id prefix differ between the page's dialog and a section of the popup. */
  idPrefix?: string;
}

type Status = { text: string; error?: boolean } | null;

const LANG_KEY = { fr: 'langFr', en: 'langEn', other: 'langOther' } as const;
const STATE_KEY = { liked: 'markLiked', replied: 'markReplied', dismissed: 'markDismissed' } as const;

/** One comment's assistant: what it is, three checked replies to insert or copy, the checklist and one-click states. */
export function Panel({ model, lang, scheme, actions, idPrefix = 'ck-a' }: PanelProps) {
  const t = panelText(lang);
  const c = chipText(lang);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [marked, setMarked] = useState<MarkedFacts>({});
  const { item, understanding: u } = model;
  const author = item.author.name || item.author.handle || '?';
  const profile = httpUrl(item.author.url);
  const steps = marked.state ? checklistOf(item, marked) : model.checklist;

  // Buttons are never disabled while busy: a disabled button drops focus to the page, and Escape would no longer reach us.
  const run = async (work: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };
  const onInsert = (text: string) =>
    run(async () => {
      const r = await actions.insert!(text);
      setStatus(r.ok ? { text: t('inserted') } : { text: t('insertFailed', { reason: reasonText(t, r.reason) }), error: true });
    });
  const onCopy = (text: string) =>
    run(async () => {
      const ok = await actions.copy(text).catch(() => false);
      setStatus(ok ? { text: t('copied') } : { text: t('copyFailed'), error: true });
    });
  const onState = (state: EngagementState) =>
    run(async () => {
      const ok = await actions.setState(state).catch(() => false);
      if (ok) setMarked({ ...marked, state });
      setStatus(ok ? { text: t('stateSaved') } : { text: t('stateFailed'), error: true });
    });

  return (
    <div class="ck-a" data-scheme={scheme} data-testid="assistant-panel" data-item={model.id}>
      <div class="ck-a-head">
        <h2 id={`${idPrefix}-title`} class="ck-a-author">
          {profile ? (
            <a href={profile} target="_blank" rel="noopener noreferrer">{author}</a>
          ) : (
            author
          )}
        </h2>
        {actions.close && (
          <button type="button" class="ck-a-close" aria-label={t('close')} title={t('close')} onClick={actions.close}>
            ×
          </button>
        )}
      </div>
      <div class="ck-a-meta">
        <span class="ck-a-pill" data-testid="assistant-language"><b>{t('language')}</b> {t(LANG_KEY[u.language])}</span>
        <span class="ck-a-pill" data-testid="assistant-intent"><b>{t('intent')}</b> {c(model.intent)}</span>
        <span class="ck-a-pill" data-testid="assistant-sentiment"><b>{t('sentiment')}</b> {t(u.sentiment)}</span>
      </div>
      <p class="ck-a-comment" aria-label={t('comment')} lang={u.language === 'other' ? undefined : u.language}>{item.text}</p>
      <section class="ck-a-section" aria-labelledby={`${idPrefix}-sugg`}>
        <h3 id={`${idPrefix}-sugg`}>{t('suggestions')}</h3>
        {model.suggestions === null && <p class="ck-a-lint" data-testid="assistant-loading">{t('loadingSuggestions')}</p>}
        {model.suggestions?.length === 0 && <p class="ck-a-lint">{t('noSuggestion')}</p>}
        <ol>
          {(model.suggestions ?? []).map((s, i) => {
            const level = s.errors ? 'error' : s.warnings ? 'warn' : 'ok';
            return (
              <li key={`${s.templateId}-${i}`} class="ck-a-sugg" data-testid="assistant-suggestion" data-lint={level}>
                <p class="ck-a-text" lang={s.language}>{s.text}</p>
                <p class={`ck-a-lint ${level}`}>
                  {level === 'ok' ? `✓ ${t('clean')}` : `⚠ ${t('problems', { errors: s.errors, warnings: s.warnings })}`}
                </p>
                {s.problems.length > 0 && (
                  <ul class="ck-a-problems">
                    {s.problems.slice(0, 4).map((p, j) => <li key={j}>{problemMessage(p, lang)}</li>)}
                  </ul>
                )}
                <div class="ck-a-actions">
                  {actions.insert && (
                    <button type="button" class="ck-a-primary" aria-disabled={busy} aria-label={t('insertLabel', { n: i + 1 })} onClick={() => void onInsert(s.text)}>
                      {t('insert')}
                    </button>
                  )}
                  <button type="button" aria-disabled={busy} aria-label={t('copyLabel', { n: i + 1 })} onClick={() => void onCopy(s.text)}>
                    {t('copy')}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      </section>
      <section class="ck-a-section" aria-labelledby={`${idPrefix}-check`}>
        <h3 id={`${idPrefix}-check`}>{t('checklist')}</h3>
        <ul class="ck-a-check" data-testid="assistant-checklist">
          {steps.map((s) => (
            <li key={s.step} class={s.done ? 'done' : 'todo'} data-step={s.step} data-done={s.done ? 'true' : 'false'}>
              <span aria-hidden="true">{s.done ? '✓' : '○'}</span> {t(`step.${s.step}`)}
              <span class="ck-a-hidden"> ({t(s.done ? 'stepDone' : 'stepTodo')})</span>
            </li>
          ))}
        </ul>
      </section>
      <div class="ck-a-actions" role="group" aria-label={t('states')}>
        {(['liked', 'replied', 'dismissed'] as const).map((s) => (
          <button type="button" key={s} aria-disabled={busy} aria-pressed={marked.state === s} onClick={() => void onState(s)}>
            {t(STATE_KEY[s])}
          </button>
        ))}
      </div>
      <p class={`ck-a-status${status?.error ? ' error' : ''}`} role="status" aria-live="polite" data-testid="assistant-status">
        {status?.text ?? ''}
      </p>
    </div>
  );
}

type ReasonKey = `reason.${'not-editable' | 'unchanged' | 'duplicated' | 'lost' | 'partial' | 'no-composer' | 'no-tab' | 'gone'}`;

function reasonText(t: ReturnType<typeof panelText>, reason: string): string {
  const key = `reason.${reason}` as ReasonKey;
  const text = t(key);
  return text === key ? reason : text;
}
