/**
 * A second held-out batch, written after the guard was first tuned, in wordings its rules were not
 * written for. First measured at 0.25 recall; its misses then shaped the second round of tuning (new
 * tune sentences in the same families, none of these), so its later scores flatter the guard: batch 3
 * is the fair measure. Its sentences are never tuned on or edited to make a test pass.
 */
export const secondHeldOutAdvice = [
  'Would you ever think about bringing your co-founder back as an advisor?',
  'Is a part-time role for him off the table?',
  'Might a board retreat be the place to raise it?',
  'Had you thought of letting the team choose their own manager?',
  'Could a 360 review give you the data you need?',
  'What’s wrong with simply telling the board you need more time?',
  'How would it be if you took the promotion decision to the whole leadership team?',
  'Is outsourcing the support team an option?',
  'Honestly, the layoffs need to happen this month, don’t they?',
  'Wouldn’t the kindest thing be a generous severance?',
  'Aren’t exit interviews the obvious next step?',
  'Have you asked yourself whether hiring a COO would free you up?',
  'Could you give her a stretch project instead of the title?',
  'What stops you from just promoting her?',
  'A good recruiter would solve half of this, wouldn’t it?',
  'Do you really need to be in every hiring interview?',
  'Are you sure the reorg is the right answer?',
  'Could you perhaps hand the board pack to the CFO?',
  'Is it worth doing a salary benchmark before the promotions?',
  'What would stop you from delegating the budget to your deputy?',
];

export const secondHeldOutCurious = [
  'What is the story you tell yourself about the layoffs?',
  'How do you want to be as a leader through the reorg?',
  'What would you like to be different a year from now?',
  'What did your co-founder say when you told him?',
  'Which part of the board’s feedback stung most?',
  'Who do you become when you’re this tired?',
  'What are you not yet ready to say out loud?',
  'How did you choose the people for the leadership team?',
  'What is the promotion really about for you?',
  'If you imagine the conversation going well, what happens?',
  'What do you already know that you haven’t acted on?',
  'What would your co-founder say you’re avoiding?',
  'Have you ever let someone go whom you liked?',
  'What might you be protecting by waiting?',
  'Where do you get your energy these days?',
  'How did it feel to read the engagement survey?',
  'What’s one thing about the reorg you’re proud of?',
  'What do you hope we’ll ask you?',
  'I’d love to understand what trust means between you two.',
  'Could you walk us through how the hire went wrong?',
  'What would it cost you to say yes?',
  'How are you deciding between the two candidates?',
];
