import { formatTemplates } from '@peercircle/shared';

/** "consultancy" → "Consultancy" as the format templates name it; unknown ids as they are. */
export function formatName(templateId: string): string {
  return formatTemplates.find((template) => template.templateId === templateId)?.name ?? templateId;
}
