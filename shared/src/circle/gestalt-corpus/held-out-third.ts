/**
 * A third held-out batch, written after batch 2 was measured and before the second round of tuning
 * (which was designed knowing batch 2's misses); measured once and never tuned on. Do not edit it to
 * make a test pass.
 */
export const thirdHeldOutAdvice = [
  'Could you bring the two teams under one director?',
  'Is there room to give the CTO a smaller scope?',
  'Would you be open to hiring an interim head of people?',
  'Do you think a town hall might calm things down?',
  'Have you had a chance to read the Five Dysfunctions? It might speak to this.',
  'Wouldn’t the board respect you more for being upfront?',
  'How would you feel about giving the promotion to both of them?',
  'Is it not time to have the equity conversation?',
  'What’s the harm in asking for a bigger budget?',
  'Can I offer a thought — what about a rotating chair?',
  'Isn’t burnout telling you to step back?',
  'Is moving the launch date really impossible?',
  'Did you ever think of making her the deputy?',
  'Could hiring slower be the answer here?',
  'What would a clear performance plan do for him?',
  'Should the co-founder maybe own sales instead?',
  'Any chance you could push the reorg to January?',
  'In my experience a neutral facilitator makes all the difference — could that work here?',
  'Doesn’t the team deserve to know now?',
  'Is hiring a chief of staff something you’d look at?',
];

export const thirdHeldOutCurious = [
  'What would you want your co-founder to understand?',
  'Could you describe a good day at work lately?',
  'Is there anything you haven’t said yet that matters?',
  'How would you describe the board’s trust in you?',
  'What are the options as you see them today?',
  'What do you notice when you talk about the layoffs?',
  'If you were not afraid of the outcome, what would you ask the board for?',
  'Which conversation are you dreading most?',
  'What does a fair process for the promotion look like to you?',
  'How do you make sense of the engineers leaving?',
  'What has helped you through hard seasons before?',
  'What would letting go of this role mean to you?',
  'Who would you be without the title?',
  'How much of this is yours to solve?',
  'What would you say to the team if you could be completely honest?',
  'What have you not tried yet that you’re curious about?',
  'How did your last two hires differ?',
  'I’m wondering how the board’s decision landed with you.',
  'What pulls you toward staying, and what pulls you toward leaving?',
  'Can you tell us what your co-founder is like on a good day?',
];
