//! The languages people are written to in, and how each writes a date and
//! names a country.

use crate::kernel::ids::Country;
use chrono::{DateTime, Datelike, Utc};
use serde::{Deserialize, Serialize};

/// The languages a consumer notice is written in; English for every other locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    En,
    Fr,
    De,
    Es,
}

impl Language {
    pub const ALL: [Language; 4] = [Language::En, Language::Fr, Language::De, Language::Es];

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
    ) -> (Language, Option<Language>) {
        let mut ours: Vec<Language> = Vec::new();
        for l in crate::kernel::locale::notice_locales(delivery, locale) {
            let lang = match l.language() {
                "en" => Language::En,
                "fr" => Language::Fr,
                "de" => Language::De,
                "es" => Language::Es,
                _ => continue,
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
        }
    }
}

/// The date of an order as the language writes it: "3 November 2026",
/// "3 novembre 2026" ("1er novembre 2026"), "3. November 2026",
/// "3 de noviembre de 2026". The date is the UTC date of `at`.
pub fn format_date(lang: Language, at: DateTime<Utc>) -> String {
    const EN_M: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const FR_M: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    const DE_M: [&str; 12] = [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ];
    const ES_M: [&str; 12] = [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ];
    let date = at.date_naive();
    let (d, y) = (date.day(), date.year());
    let m = date.month0() as usize % 12;
    match lang {
        Language::En => format!("{d} {} {y}", EN_M[m]),
        Language::Fr if d == 1 => format!("1er {} {y}", FR_M[m]),
        Language::Fr => format!("{d} {} {y}", FR_M[m]),
        Language::De => format!("{d}. {} {y}", DE_M[m]),
        Language::Es => format!("{d} de {} de {y}", ES_M[m]),
    }
}

/// The name of a country in the language (the code for a country not in the table).
pub fn country_name(lang: Language, country: &Country) -> String {
    let names: Option<[&str; 4]> = match country.as_str() {
        "AT" => Some(["Austria", "Autriche", "Österreich", "Austria"]),
        "BE" => Some(["Belgium", "Belgique", "Belgien", "Bélgica"]),
        "BG" => Some(["Bulgaria", "Bulgarie", "Bulgarien", "Bulgaria"]),
        "HR" => Some(["Croatia", "Croatie", "Kroatien", "Croacia"]),
        "CY" => Some(["Cyprus", "Chypre", "Zypern", "Chipre"]),
        "CZ" => Some(["Czechia", "Tchéquie", "Tschechien", "Chequia"]),
        "DK" => Some(["Denmark", "Danemark", "Dänemark", "Dinamarca"]),
        "EE" => Some(["Estonia", "Estonie", "Estland", "Estonia"]),
        "FI" => Some(["Finland", "Finlande", "Finnland", "Finlandia"]),
        "FR" => Some(["France", "France", "Frankreich", "Francia"]),
        "DE" => Some(["Germany", "Allemagne", "Deutschland", "Alemania"]),
        "GR" => Some(["Greece", "Grèce", "Griechenland", "Grecia"]),
        "HU" => Some(["Hungary", "Hongrie", "Ungarn", "Hungría"]),
        "IE" => Some(["Ireland", "Irlande", "Irland", "Irlanda"]),
        "IT" => Some(["Italy", "Italie", "Italien", "Italia"]),
        "LV" => Some(["Latvia", "Lettonie", "Lettland", "Letonia"]),
        "LT" => Some(["Lithuania", "Lituanie", "Litauen", "Lituania"]),
        "LU" => Some(["Luxembourg", "Luxembourg", "Luxemburg", "Luxemburgo"]),
        "MT" => Some(["Malta", "Malte", "Malta", "Malta"]),
        "NL" => Some(["Netherlands", "Pays-Bas", "Niederlande", "Países Bajos"]),
        "PL" => Some(["Poland", "Pologne", "Polen", "Polonia"]),
        "PT" => Some(["Portugal", "Portugal", "Portugal", "Portugal"]),
        "RO" => Some(["Romania", "Roumanie", "Rumänien", "Rumanía"]),
        "SK" => Some(["Slovakia", "Slovaquie", "Slowakei", "Eslovaquia"]),
        "SI" => Some(["Slovenia", "Slovénie", "Slowenien", "Eslovenia"]),
        "ES" => Some(["Spain", "Espagne", "Spanien", "España"]),
        "SE" => Some(["Sweden", "Suède", "Schweden", "Suecia"]),
        "IS" => Some(["Iceland", "Islande", "Island", "Islandia"]),
        "LI" => Some([
            "Liechtenstein",
            "Liechtenstein",
            "Liechtenstein",
            "Liechtenstein",
        ]),
        "NO" => Some(["Norway", "Norvège", "Norwegen", "Noruega"]),
        "CH" => Some(["Switzerland", "Suisse", "Schweiz", "Suiza"]),
        "GB" => Some([
            "United Kingdom",
            "Royaume-Uni",
            "Vereinigtes Königreich",
            "Reino Unido",
        ]),
        "US" => Some([
            "United States",
            "États-Unis",
            "Vereinigte Staaten",
            "Estados Unidos",
        ]),
        "CA" => Some(["Canada", "Canada", "Kanada", "Canadá"]),
        "AU" => Some(["Australia", "Australie", "Australien", "Australia"]),
        "NZ" => Some([
            "New Zealand",
            "Nouvelle-Zélande",
            "Neuseeland",
            "Nueva Zelanda",
        ]),
        "BR" => Some(["Brazil", "Brésil", "Brasilien", "Brasil"]),
        "JP" => Some(["Japan", "Japon", "Japan", "Japón"]),
        "KR" => Some(["South Korea", "Corée du Sud", "Südkorea", "Corea del Sur"]),
        "TR" => Some(["Türkiye", "Turquie", "Türkei", "Turquía"]),
        "CN" => Some(["China", "Chine", "China", "China"]),
        "MX" => Some(["Mexico", "Mexique", "Mexiko", "México"]),
        _ => None,
    };
    let index = match lang {
        Language::En => 0,
        Language::Fr => 1,
        Language::De => 2,
        Language::Es => 3,
    };
    names.map_or_else(|| country.as_str().to_string(), |n| n[index].to_string())
}
