export function FilterErrors({ errors }: { errors: { param: string; message: string }[] }) {
  if (errors.length === 0) return null;
  return (
    <div className="notice warn" role="alert">
      Some filters were ignored: {errors.map((e) => `${e.param} (${e.message})`).join("; ")}.
    </div>
  );
}
