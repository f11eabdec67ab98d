/**
 * @polku/ui: what the portal and plugin pages share: i18n, the API client and session, and accessible
 * components. Import `@polku/ui/styles.css` once (the portal does).
 */
import type { ExportSheet } from "./export/table.ts";

export {
  type ApiConnection,
  CSRF_HEADER,
  createApiClient,
  createApiConnection,
  pathPrefixLink,
} from "./api/client.ts";
export { ApiProvider, useApi, useApiConnection, usePluginApi } from "./api/context.tsx";
export { type ApiErrorInfo, errorInfo, errorSummaryKey, type FieldIssue, fieldErrors } from "./api/errors.ts";
export { createLiveResource } from "./api/live-resource.ts";
export { type Session, SessionProvider, useSession } from "./api/session.tsx";
export {
  type SessionLimits,
  type SessionWarning,
  sessionWarning,
  WARN_BEFORE_MS,
} from "./api/session-expiry.ts";
export { createSubmission, type Submission } from "./api/submission.ts";
export type { ApiOutputs, AppRouter, Me } from "./api/types.ts";
export { Alert, ApiError, StatusMessage } from "./components/Alert.tsx";
export { Button, type ButtonProps, type ButtonVariant } from "./components/Button.tsx";
export { type Column, DataTable } from "./components/DataTable.tsx";
export { DetailList } from "./components/DetailList.tsx";
export { ExportButtons, type ExportButtonsProps } from "./components/ExportButtons.tsx";
export {
  CheckboxField,
  type ControlProps,
  DateField,
  FieldShell,
  SelectField,
  type SelectOption,
  TextAreaField,
  TextField,
} from "./components/Field.tsx";
export { FormActions } from "./components/FormActions.tsx";
export { Heading, Page, Section } from "./components/Page.tsx";
export { ShortList } from "./components/ShortList.tsx";
export { Async, Empty, Loading, loadedValue } from "./components/States.tsx";
export { Timeline, type TimelineDetail, type TimelineItem } from "./components/Timeline.tsx";
export { downloadFile } from "./export/download.ts";
export {
  calendarDay,
  csvCell,
  EXCEL_FORMATS,
  type ExportColumn,
  type ExportKind,
  type ExportSheet,
  type ExportValue,
  excelFormat,
  exportFileName,
  toCsv,
} from "./export/table.ts";
export { type I18n, I18nProvider, useI18n } from "./i18n/context.tsx";
export { formatDate, formatDateTime, formatMoney, formatNumber } from "./i18n/format.ts";
export { defaultLocale, isLocale, type Locale, locales } from "./i18n/locale.ts";
export type { MessageKey } from "./i18n/messages/fi.ts";
export { coreMessages, type Dictionaries, type Messages, registerMessages } from "./i18n/registry.ts";
export { createTextHook, type TextHook } from "./i18n/text.ts";

/**
 * The table as an XLSX workbook (see export/xlsx.ts). A function that loads the workbook code when
 * called, so importing @polku/ui does not bring exceljs into a page's first bundle.
 */
export async function toXlsx(sheets: readonly ExportSheet<unknown>[]): Promise<Blob> {
  return (await import("./export/xlsx.ts")).toXlsx(sheets);
}
