import type { OpenDataFile } from '@motesplats/contracts';
import { useI18n } from '../../../lib/i18n';

/** One file: what it holds, its downloads and its data dictionary (every column). */
export function OpenDataFileSection({ file }: { file: OpenDataFile }) {
  const { t, locale } = useI18n();
  const title = file.title[locale];
  const headingId = `open-data-${file.name}`;
  return (
    <section className="open-data-file" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p>{file.description[locale]}</p>
      <ul className="open-data-file__downloads">
        {file.downloads.map((d) => (
          <li key={d.format}>
            <a href={d.url} download>
              {t('openData.download', { file: title, format: d.format.toUpperCase() })}
            </a>
          </li>
        ))}
      </ul>
      {/* Focusable, so a keyboard can scroll a table wider than a phone. */}
      <div className="table-scroll" tabIndex={0} role="group" aria-label={t('openData.dictionaryOf', { file: title })}>
        <table className="data-table">
          <caption>{t('openData.dictionaryOf', { file: title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('openData.col.name')}</th>
              <th scope="col">{t('openData.col.type')}</th>
              <th scope="col">{t('openData.col.meaning')}</th>
            </tr>
          </thead>
          <tbody>
            {file.columns.map((column) => (
              <tr key={column.name}>
                <th scope="row">
                  <code>{column.name}</code>
                </th>
                <td>{t(`openData.type.${column.type}`)}</td>
                <td>
                  {column.description[locale]}
                  {column.values && (
                    <>
                      {' '}
                      <span className="open-data-file__values">
                        {t('openData.values', { values: column.values.join(', ') })}
                      </span>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
