/** Classification metrics: per-class precision, recall and F1, macro-F1 and accuracy, from gold and predicted labels. */
export interface ClassScore {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Report {
  rows: number;
  accuracy: number;
  macroF1: number;
  classes: ClassScore[];
}

export function evaluate(gold: string[], predicted: string[], labels?: string[]): Report {
  if (gold.length !== predicted.length) throw new Error(`gold has ${gold.length} labels, predicted ${predicted.length}`);
  const classes = labels ?? [...new Set(gold)].sort();
  let correct = 0;
  for (let i = 0; i < gold.length; i++) if (gold[i] === predicted[i]) correct++;
  const scores = classes.map((label) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i] === label;
      const p = predicted[i] === label;
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, precision, recall, f1, support: tp + fn };
  });
  return {
    rows: gold.length,
    accuracy: gold.length ? correct / gold.length : 0,
    macroF1: scores.length ? scores.reduce((s, c) => s + c.f1, 0) / scores.length : 0,
    classes: scores,
  };
}

/** Confusion counts gold -> predicted, for the printout. */
export function confusion(gold: string[], predicted: string[]): Map<string, Map<string, number>> {
  const m = new Map<string, Map<string, number>>();
  gold.forEach((g, i) => {
    const row = m.get(g) ?? new Map<string, number>();
    row.set(predicted[i], (row.get(predicted[i]) ?? 0) + 1);
    m.set(g, row);
  });
  return m;
}

export function formatReport(title: string, r: Report): string {
  const pct = (x: number) => x.toFixed(3);
  const lines = [`${title}: ${r.rows} rows, macro-F1 ${pct(r.macroF1)}, accuracy ${pct(r.accuracy)}`];
  for (const c of r.classes) {
    lines.push(`  ${c.label.padEnd(12)} P ${pct(c.precision)}  R ${pct(c.recall)}  F1 ${pct(c.f1)}  (n=${c.support})`);
  }
  return lines.join('\n');
}
