export interface OutlookFigures {
  /** The NEM title, as BLS words it ("Clinical laboratory technologists and technicians"). */
  title: string;
  periodStart: number;
  periodEnd: number;
  growthPercent: number;
  /** Jobs, not thousands. */
  employmentStart: number;
  employmentEnd: number;
  annualOpenings: number;
}

const jobs = (n: number) => n.toLocaleString('en-US');

/**
 * The projection as one sentence, the figures as BLS published them: "BLS projects employment
 * of clinical laboratory technologists and technicians to grow 4.9% from 2022 to 2032 (342,900
 * to 359,700 jobs), with about 24,000 openings a year."
 */
export function outlookText(f: OutlookFigures): string {
  const change =
    f.growthPercent > 0
      ? `grow ${f.growthPercent.toFixed(1)}%`
      : f.growthPercent < 0
        ? `decline ${(-f.growthPercent).toFixed(1)}%`
        : 'stay about the same (0.0%)';
  // Openings are published in thousands to one decimal: 0.0 means fewer than 50.
  const openings = f.annualOpenings >= 50 ? `about ${jobs(f.annualOpenings)} openings a year` : 'fewer than 50 openings a year';
  return (
    `BLS projects employment of ${inSentence(f.title)} to ${change} from ${f.periodStart} to ${f.periodEnd} ` +
    `(${jobs(f.employmentStart)} to ${jobs(f.employmentEnd)} jobs), with ${openings}.`
  );
}

/** NEM titles are sentence case; inside a sentence the first word loses its capital (not an acronym's). */
function inSentence(title: string): string {
  return /^[A-Z][a-z]/.test(title) ? title.charAt(0).toLowerCase() + title.slice(1) : title;
}
