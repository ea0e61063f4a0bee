//! The languages people are written to in (how each writes a date, an
//! amount or a country's name: `kernel::format`).

use serde::{Deserialize, Serialize};

/// The platform's languages (its 36 locales, SPEC 1.4.5). Every email has
/// texts in [`Language::ALL`]; the consumer recall notice in every language
/// that has its Fluent file; any other text falls back to English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    En,
    Fr,
    De,
    Es,
    Bg,
    Cs,
    Da,
    El,
    Et,
    Fi,
    Ga,
    Hr,
    Hu,
    It,
    Lt,
    Lv,
    Mt,
    Nl,
    Pl,
    Pt,
    Ro,
    Sk,
    Sl,
    Sv,
    #[serde(rename = "pt-BR")]
    PtBr,
    Ru,
    Uk,
    Tr,
    Ar,
    He,
    Ja,
    Ko,
    #[serde(rename = "zh-CN")]
    ZhCn,
    Th,
    Vi,
    Id,
}

impl Language {
    /// The languages every email is written in.
    pub const ALL: [Language; 4] = [Language::En, Language::Fr, Language::De, Language::Es];

    /// Every language of the platform.
    pub const EVERY: [Language; 36] = [
        Language::En,
        Language::Fr,
        Language::De,
        Language::Es,
        Language::Bg,
        Language::Cs,
        Language::Da,
        Language::El,
        Language::Et,
        Language::Fi,
        Language::Ga,
        Language::Hr,
        Language::Hu,
        Language::It,
        Language::Lt,
        Language::Lv,
        Language::Mt,
        Language::Nl,
        Language::Pl,
        Language::Pt,
        Language::Ro,
        Language::Sk,
        Language::Sl,
        Language::Sv,
        Language::PtBr,
        Language::Ru,
        Language::Uk,
        Language::Tr,
        Language::Ar,
        Language::He,
        Language::Ja,
        Language::Ko,
        Language::ZhCn,
        Language::Th,
        Language::Vi,
        Language::Id,
    ];

    /// The language of a locale code of [`crate::kernel::locale::LOCALES`].
    pub fn from_code(code: &str) -> Option<Language> {
        Language::EVERY.into_iter().find(|l| l.code() == code)
    }

    /// Written right to left.
    pub fn is_rtl(self) -> bool {
        matches!(self, Language::Ar | Language::He)
    }

    /// "fr-FR", "fr", "FR_fr" -> Fr; "ja", "", None -> En. ISO 639-2 codes
    /// ("fra", "deu", "spa"...) are understood too.
    pub fn from_locale(locale: Option<&str>) -> Language {
        let primary = locale
            .unwrap_or_default()
            .trim()
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "fr" | "fra" | "fre" => Language::Fr,
            "de" | "deu" | "ger" => Language::De,
            "es" | "spa" => Language::Es,
            _ => Language::En,
        }
    }

    /// The language a consumer notice is written in for an order delivered
    /// to `delivery` by a buyer whose locale is `locale`: the first of the
    /// rule's languages ([`crate::kernel::locale::notice_locales`]: the
    /// buyer's when it is one of the country's, else the buyer's and the
    /// country's) that the notice has a text in, else English.
    /// With, second, the country's language below it when the rule gives
    /// two and the notice has a text in both.
    pub fn for_notice(
        delivery: &crate::kernel::ids::Country,
        locale: Option<&str>,
        has_texts: impl Fn(Language) -> bool,
    ) -> (Language, Option<Language>) {
        let mut ours: Vec<Language> = Vec::new();
        for l in crate::kernel::locale::notice_locales(delivery, locale) {
            // pt-BR's texts, else pt's, else none (English below).
            let Some(lang) = l
                .fallbacks()
                .into_iter()
                .filter(|f| f.code() != "en" || l.code() == "en")
                .filter_map(|f| Language::from_code(f.code()))
                .find(|lang| has_texts(*lang))
            else {
                continue;
            };
            if !ours.contains(&lang) {
                ours.push(lang);
            }
        }
        (
            ours.first().copied().unwrap_or(Language::En),
            ours.get(1).copied(),
        )
    }

    /// "en", "fr", "de", "es".
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Fr => "fr",
            Language::De => "de",
            Language::Es => "es",
            Language::Bg => "bg",
            Language::Cs => "cs",
            Language::Da => "da",
            Language::El => "el",
            Language::Et => "et",
            Language::Fi => "fi",
            Language::Ga => "ga",
            Language::Hr => "hr",
            Language::Hu => "hu",
            Language::It => "it",
            Language::Lt => "lt",
            Language::Lv => "lv",
            Language::Mt => "mt",
            Language::Nl => "nl",
            Language::Pl => "pl",
            Language::Pt => "pt",
            Language::Ro => "ro",
            Language::Sk => "sk",
            Language::Sl => "sl",
            Language::Sv => "sv",
            Language::PtBr => "pt-BR",
            Language::Ru => "ru",
            Language::Uk => "uk",
            Language::Tr => "tr",
            Language::Ar => "ar",
            Language::He => "he",
            Language::Ja => "ja",
            Language::Ko => "ko",
            Language::ZhCn => "zh-CN",
            Language::Th => "th",
            Language::Vi => "vi",
            Language::Id => "id",
        }
    }
}
