import { Page, useI18n } from "@polku/ui";
import { A } from "@solidjs/router";

export default function NotFound() {
  const { t } = useI18n();
  return (
    <Page title={t("app.notFound.title")}>
      <p>{t("app.notFound.body")}</p>
      <p>
        <A href="/">{t("app.backHome")}</A>
      </p>
    </Page>
  );
}
