/** A problem in words, read out at once (role alert); nothing while there is none. */
export function ErrorText({ id, children }: { id?: string | undefined; children: string | null | undefined }) {
  if (!children) return null;
  return (
    <p id={id} role="alert" className="error">
      {children}
    </p>
  );
}
