import { formatTemplates } from '@peercircle/shared';
import { SelectField } from '../ui/SelectField';

interface FormatSelectProps {
  id: string;
  label: string;
  value: string;
  onChange(templateId: string): void;
  error?: string | undefined;
}

/** A session format (consultancy, council, …), with the chosen one's summary as its hint. */
export function FormatSelect({ id, label, value, onChange, error }: FormatSelectProps) {
  const chosen = formatTemplates.find((template) => template.templateId === value);
  return (
    <SelectField
      id={id}
      label={label}
      value={value}
      onChange={onChange}
      options={formatTemplates.map((template) => ({ value: template.templateId, label: template.name }))}
      hint={chosen?.summary}
      error={error}
    />
  );
}
