import { useI18n } from "@polku/ui";
import { A } from "@solidjs/router";

/** Staff's way to the student list and search. */
export default function StudentsCard() {
  const { t } = useI18n();
  return (
    <>
      <p>{t("home.students.body")}</p>
      <p>
        <A href="/students">{t("home.students.link")}</A>
      </p>
    </>
  );
}
