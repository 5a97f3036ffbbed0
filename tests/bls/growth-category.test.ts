import { comparisonOf, growthCategory } from '../../src/ingest/bls/growth-category';
import { outlookText } from '../../src/ingest/bls/outlook-text';

describe('growth category against the all-occupation change', () => {
  it.each([
    [7.8, 'MUCH_FASTER'],
    [44.9, 'MUCH_FASTER'],
    [7.7, 'FASTER'],
    [4.9, 'FASTER'],
    [3.9, 'FASTER'],
    [3.8, 'AVERAGE'],
    [2.8, 'AVERAGE'],
    [1.8, 'AVERAGE'],
    [1.7, 'SLOWER'],
    [1.0, 'SLOWER'],
    [0.9, 'LITTLE_OR_NO_CHANGE'],
    [0, 'LITTLE_OR_NO_CHANGE'],
    [-0.9, 'LITTLE_OR_NO_CHANGE'],
    [-1.0, 'DECLINE'],
    [-38.6, 'DECLINE'],
  ])('%s%% against 2.8%% is %s', (percent, category) => {
    expect(growthCategory(percent, 2.8)).toBe(category);
  });

  it('moves with the average it is given', () => {
    expect(growthCategory(4.9, 5.3)).toBe('AVERAGE');
    expect(growthCategory(4.9, 2.8)).toBe('FASTER');
  });

  it('words the comparison as the Handbook does', () => {
    expect(comparisonOf('FASTER', 2.8)).toBe('faster than the average for all occupations (2.8%)');
    expect(comparisonOf('DECLINE', 2.8)).toBe('a decline, against the average for all occupations (2.8%)');
  });
});

describe('outlook sentence', () => {
  const figures = { title: 'Word processors and typists', periodStart: 2022, periodEnd: 2032, employmentStart: 44000, employmentEnd: 27000 };

  it('says decline for a negative change and keeps acronyms', () => {
    expect(outlookText({ ...figures, growthPercent: -38.6, annualOpenings: 3000 })).toBe(
      'BLS projects employment of word processors and typists to decline 38.6% from 2022 to 2032 (44,000 to 27,000 jobs), with about 3,000 openings a year.',
    );
    expect(outlookText({ ...figures, title: 'HVAC mechanics', growthPercent: 0, annualOpenings: 0 })).toBe(
      'BLS projects employment of HVAC mechanics to stay about the same (0.0%) from 2022 to 2032 (44,000 to 27,000 jobs), with fewer than 50 openings a year.',
    );
  });
});
