/** The confidentiality agreement a new cohort starts with; facilitators adapt it to their circle. */
export const DEFAULT_AGREEMENT = `What is said in this circle stays in this circle.

- I will not repeat what others share here — not names, not stories, not details that could identify anyone — outside the circle, including to colleagues, partners or friends.
- I may speak about what I learned, in my own words, without saying who or what it came from.
- I will not record, photograph or transcribe our sessions, and I will take part from a place where no one else can overhear.
- If I want to follow up with someone on what they shared, I will ask them privately first.
- I will raise it with the facilitator if I think this agreement has been broken.`;
