// The kinds of violence a person chooses yield one GBVIMS incident type (first match in the GBVIMS order), the
// Art. 3 letters of the 2022 DV Law and the four groups of the official statistics.
import { describe, expect, it } from 'vitest';
import { art3Letters, gbvimsType, gbvimsTypeOfAnswers, GBVIMS_PRIMERO_ID, KIND_MAPPING, VIOLENCE_KINDS, violenceGroups } from '../../../flows/main/violence.js';

describe('GBVIMS incident type', () => {
  it.each([
    [['physical', 'rape', 'psychological'], 'rape'],
    [['rape'], 'rape'],
    [['sexual_contact', 'physical'], 'sexual_assault'],
    [['workplace_harassment', 'sexual_contact'], 'sexual_assault'],
    [['physical', 'psychological', 'economic'], 'physical_assault'],
    [['forced_marriage', 'psychological'], 'forced_marriage'],
    [['forced_marriage', 'physical'], 'physical_assault'],
    [['economic', 'controlling'], 'denial_of_resources'],
    [['neglect'], 'denial_of_resources'],
    [['psychological'], 'psychological_emotional_abuse'],
    [['controlling', 'online'], 'psychological_emotional_abuse'],
    [['workplace_harassment'], 'psychological_emotional_abuse'],
  ])('classifies %j as %s (first match in the GBVIMS order)', (kinds, type) => {
    expect(gbvimsType(kinds)).toBe(type);
  });

  it('does not depend on the order the kinds were chosen', () => {
    expect(gbvimsType(['psychological', 'economic', 'physical'])).toBe(gbvimsType(['physical', 'economic', 'psychological']));
  });

  it('gives no type for trafficking alone or no kinds: GBVIMS classifies by the act, a counsellor decides', () => {
    expect(gbvimsType(['trafficking'])).toBeNull();
    expect(gbvimsType([])).toBeNull();
    expect(gbvimsType(['not-a-kind'])).toBeNull();
  });

  it('reads the kinds from stored case answers (the case module calls this at submit)', () => {
    expect(gbvimsTypeOfAnswers({ kinds: ['economic', 'rape'] })).toBe('rape');
    expect(gbvimsTypeOfAnswers({ affected: 'self' })).toBeNull();
    expect(gbvimsTypeOfAnswers({ kinds: 'physical' })).toBeNull();
  });

  it('maps every type to the id Primero’s Incident Recorder export uses', () => {
    expect(GBVIMS_PRIMERO_ID.denial_of_resources).toBe('denial_of_resources_opportunities_or_services');
  });
});

describe('law and statistics mapping', () => {
  it('maps every kind offered to its Art. 3 letters and official groups', () => {
    for (const kind of VIOLENCE_KINDS) expect(KIND_MAPPING[kind]).toBeDefined();
    expect(art3Letters(['physical'])).toEqual(['a']);
    expect(art3Letters(['rape', 'economic', 'controlling'])).toEqual(['e', 'i', 'k', 'n', 'o', 'p']);
    expect(art3Letters(['trafficking', 'workplace_harassment'])).toEqual([]);
  });

  it('counts the four official groups: mental, physical, sexual, economic', () => {
    expect(violenceGroups(['physical', 'rape', 'psychological', 'economic'])).toEqual(['physical', 'mental', 'sexual', 'economic']);
    expect(violenceGroups(['controlling', 'online', 'neglect'])).toEqual(['mental']);
    expect(violenceGroups(['workplace_harassment'])).toEqual(['sexual']);
  });
});
