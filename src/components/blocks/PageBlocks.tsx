import { getTranslations } from 'next-intl/server'

import { IndicatorFigure } from '@/components/IndicatorFigure'
import { RichText } from '@/components/RichText'
import { SmartLink } from '@/components/SmartLink'
import type { Locale } from '@/i18n/locales'
import { getIndicators } from '@/lib/data/indicators'
import type { Page } from '@/payload-types'

type Block = NonNullable<Page['layout']>[number]

async function IndicatorGroup({ block, locale }: { block: Extract<Block, { blockType: 'indicatorGroup' }>; locale: Locale }) {
  const indicators = await getIndicators(locale, { group: block.group })
  const t = await getTranslations('Indicator')
  return (
    <section className="block block--indicators">
      <h2>{block.heading}</h2>
      {indicators.length > 0 ? (
        <dl className="indicator-grid">
          {indicators.map((indicator) => (
            <IndicatorFigure key={indicator.id} indicator={indicator} locale={locale} />
          ))}
        </dl>
      ) : (
        <p>{t('none')}</p>
      )}
    </section>
  )
}

/** The sections of a page, in the order the editor arranged them. */
export function PageBlocks({ blocks, locale }: { blocks: Page['layout']; locale: Locale }) {
  return (blocks ?? []).map((block) => {
    switch (block.blockType) {
      case 'richText':
        return (
          <section key={block.id} className="block block--text">
            {block.heading ? <h2>{block.heading}</h2> : null}
            <RichText data={block.body} />
          </section>
        )
      case 'indicatorGroup':
        return <IndicatorGroup key={block.id} block={block} locale={locale} />
      case 'cardList':
        return (
          <section key={block.id} className="block block--cards">
            <h2>{block.heading}</h2>
            <ul className="card-list">
              {block.cards?.map((card) => (
                <li key={card.id} className="card">
                  <h3>{card.href ? <SmartLink href={card.href}>{card.title}</SmartLink> : card.title}</h3>
                  {card.text ? <p>{card.text}</p> : null}
                </li>
              ))}
            </ul>
          </section>
        )
      case 'callToAction':
        return (
          <section key={block.id} className="block block--cta">
            <h2>{block.heading}</h2>
            {block.text ? <p>{block.text}</p> : null}
            <SmartLink href={block.href} className="button">
              {block.label}
            </SmartLink>
          </section>
        )
    }
  })
}
