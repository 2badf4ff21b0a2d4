import type { PresenterBriefContent } from '@peercircle/shared';

/** The forum practice's questions, in the order a presenter answers them and the circle reads them. */
export const briefQuestions: { field: keyof PresenterBriefContent; label: string; multiline: boolean; maxLength: number }[] = [
  { field: 'issue', maxLength: 300, label: 'The issue in one sentence', multiline: false },
  { field: 'stakes', maxLength: 2000, label: 'Why it matters, what is at stake', multiline: true },
  { field: 'background', maxLength: 4000, label: 'Background', multiline: true },
  { field: 'feelings', maxLength: 2000, label: 'How I feel about it', multiline: true },
  { field: 'tried', maxLength: 2000, label: 'What I have tried', multiline: true },
  { field: 'options', maxLength: 2000, label: 'The options I see', multiline: true },
  { field: 'wantFromGroup', maxLength: 1000, label: 'What I want from the group', multiline: true },
  { field: 'notWanted', maxLength: 1000, label: 'What I don’t want from the group', multiline: true },
];
