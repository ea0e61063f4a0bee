//! Brand and model numbers read from prose, for every source whose record
//! names the product only in text (today CPSC: `Title`, `Products[].Name`).
//! What is read here is marked `from_prose` on the recall: its matches are
//! always weak and go to the desk (SPEC 1.1, 1.2).
//!
//! The rules, written for titles such as "Brightpaw Recalls BP-12 Chew Toys
//! Due to Choking Hazard; Sold Exclusively at Target":
//! - the **brand** is the text before the word "Recalls" / "Recall" at the
//!   start of the title (at most five words, legal suffixes such as "Inc."
//!   dropped); failing that, the first word of the first product name when a
//!   company of the record (manufacturer, importer, distributor) bears it
//!   ("EnHomee 15-Drawer 51\" Dressers", imported by "... dba Enhomee-Direct");
//! - a **model number** is a token that mixes letters and digits ("BP-12",
//!   "GB-64", "KX40", "NL-330") in the title before its hazard ("Due to ...")
//!   and retailer ("Sold ...") clauses, or in a product name. Not models:
//!   counts and sizes that start with their number ("15-Drawer", "51\"",
//!   "3-Pack", "12V", "64GB", "3T", "2-in-1", "12x18"), dates ("Mid-2024",
//!   "Q3"), hazard and standard names ("COVID-19", "CO2", "N95", "ASTM
//!   F2057"), and the brand's own words.

use crate::common::{fold_text, words};
use safety_domain::{fold, Category, Gtin, Remedy, RiskLevel};
use std::collections::BTreeSet;

/// What the prose of a record says about the product's identity.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ProseIds {
    pub brand: Option<String>,
    /// As written ("BP-12"), first occurrence of each folded value, in order.
    pub models: Vec<String>,
}

/// Reads brand and models from a `title`, the product `names` and the
/// record's `companies` (which only confirm a brand taken from a name).
pub(crate) fn prose_ids(title: &str, names: &[String], companies: &[String]) -> ProseIds {
    let brand = brand_from_title(title).or_else(|| brand_from_name(names, companies));
    let brand_words: Vec<String> = brand
        .as_deref()
        .map(|b| {
            b.split_whitespace()
                .map(fold)
                .chain(std::iter::once(fold(b)))
                .collect()
        })
        .unwrap_or_default();
    let mut models: Vec<String> = Vec::new();
    let texts = std::iter::once(product_part(title)).chain(names.iter().map(String::as_str));
    for text in texts {
        for m in models_in(text) {
            let f = fold(&m);
            if !brand_words.contains(&f) && !models.iter().any(|x| fold(x) == f) {
                models.push(m);
            }
        }
    }
    ProseIds { brand, models }
}

/// Words that can stand before "Recall" without being a brand.
const NOT_BRANDS: &[&str] = &[
    "voluntary",
    "urgent",
    "expanded",
    "updated",
    "product",
    "products",
    "safety",
    "consumer",
    "cpsc",
    "recall",
    "recalls",
    "the",
];

/// Legal suffixes dropped from a company name used as a brand.
const LEGAL_SUFFIXES: &[&str] = &[
    "inc",
    "llc",
    "ltd",
    "co",
    "corp",
    "corporation",
    "company",
    "limited",
    "gmbh",
    "plc",
];

/// "<Brand> Recalls ..." / "<Brand> Recall ...": the brand.
fn brand_from_title(title: &str) -> Option<String> {
    let ws: Vec<&str> = title.split_whitespace().collect();
    let at = ws
        .iter()
        .position(|w| matches!(fold(w).as_str(), "recalls" | "recall"))?;
    if at == 0 || at > 5 {
        return None;
    }
    let mut brand: Vec<&str> = ws[..at].to_vec();
    while let Some(last) = brand.last() {
        if brand.len() > 1 && LEGAL_SUFFIXES.contains(&fold(last).as_str()) {
            brand.pop();
        } else {
            break;
        }
    }
    let text = brand
        .join(" ")
        .trim_end_matches([',', '.', ';', ':'])
        .to_string();
    let starts_well = text.chars().next().is_some_and(char::is_alphanumeric);
    let folded = fold(&text);
    (starts_well && !folded.is_empty() && !NOT_BRANDS.contains(&folded.as_str())).then_some(text)
}

/// The first word of the first product name, when a company of the record
/// bears it.
fn brand_from_name(names: &[String], companies: &[String]) -> Option<String> {
    let first = names.first()?.split_whitespace().next()?;
    let word = first.trim_matches(|c: char| !c.is_alphanumeric());
    let folded = fold(word);
    if folded.chars().count() < 3 || folded.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let borne = companies.iter().any(|c| {
        let text = fold_text(c);
        words(&text).contains(&folded.as_str()) || c.split_whitespace().any(|w| fold(w) == folded)
    });
    borne.then(|| word.to_string())
}

/// The title without its hazard ("Due to ...") and retailer ("Sold ...")
/// clauses, nor anything after a ";".
fn product_part(title: &str) -> &str {
    let mut end = title.find(';').unwrap_or(title.len());
    for clause in [" due to ", " sold "] {
        if let Some(i) = title.to_ascii_lowercase().find(clause) {
            end = end.min(i);
        }
    }
    &title[..end]
}

/// Hazards, standards and formats that look like model numbers.
const NOT_MODELS: &[&str] = &[
    "covid19", "sarscov2", "h1n1", "co2", "n95", "kn95", "kn94", "ffp2", "ffp3", "pm25", "mp3",
    "mp4", "usb2", "usb3", "o157", "o157h7", "e15", "a1c",
];

/// Words after which a token is a standard's number, not a model ("ASTM F2057").
const STANDARD_BODIES: &[&str] = &[
    "astm", "cfr", "ansi", "ul", "en", "iso", "iec", "fmvss", "nfpa",
];

/// Letters that, with a year, make a date ("Mid-2024", "FY2025").
const DATE_WORDS: &[&str] = &[
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    "mid",
    "early",
    "late",
    "fy",
    "since",
];

/// The model-number tokens of one text, as written.
pub(crate) fn models_in(text: &str) -> Vec<String> {
    let tokens: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '/' | '(' | ')' | '&'))
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|t| !t.is_empty())
        .collect();
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let after_standard_body = i > 0 && STANDARD_BODIES.contains(&fold(tokens[i - 1]).as_str());
        if !after_standard_body && is_model(t) {
            out.push(t.to_string());
        }
    }
    out
}

fn is_model(token: &str) -> bool {
    let folded = fold(token);
    let has_digit = folded.chars().any(|c| c.is_ascii_digit());
    let has_letter = folded.chars().any(|c| c.is_alphabetic());
    if !has_digit || !has_letter || folded.len() < 2 || folded.len() > 20 {
        return false;
    }
    if NOT_MODELS.contains(&folded.as_str()) {
        return false;
    }
    // Counts and sizes start with their number: "15-Drawer", "12V", "3-Pack",
    // "2.4GHz", "2-in-1", "12x18", "1080p", "3T".
    if token.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    // Dates: a month, season or "Mid" with a year; a quarter.
    let letters: String = folded.chars().filter(|c| c.is_alphabetic()).collect();
    let digits: String = folded.chars().filter(|c| c.is_ascii_digit()).collect();
    let letters_then_digits = folded.trim_start_matches(|c: char| c.is_alphabetic()) == digits;
    if letters_then_digits {
        if digits.len() == 4 && DATE_WORDS.contains(&letters.as_str()) {
            return false;
        }
        if letters == "q" && matches!(digits.as_str(), "1" | "2" | "3" | "4") {
            return false;
        }
    }
    true
}

/// Obvious product words -> category. Earlier rows win within one text, so a
/// baby's dresser is a mother & kids product and a dresser sold as a "clothing
/// storage unit" stays furniture.
const CATEGORY_WORDS: &[(Category, &[&str])] = &[
    (
        Category::MotherAndKids,
        &[
            "crib", "bassinet", "stroller", "infant", "baby", "babie", "pacifier", "playard",
            "teether",
        ],
    ),
    (Category::Toys, &["toy"]),
    (Category::LaserProducts, &["laser"]),
    (Category::ProtectiveEquipment, &["helmet"]),
    (
        Category::HouseholdProducts,
        &[
            "dresser",
            "furniture",
            "cabinet",
            "wardrobe",
            "nightstand",
            "bookcase",
            "bookshelf",
            "desk",
            "sofa",
            "couch",
            "mattress",
            "candle",
            "cookware",
        ],
    ),
    (
        Category::DigitalElectronicsAndAppliances,
        &[
            "charger",
            "battery",
            "batterie",
            "heater",
            "appliance",
            "laptop",
            "blender",
            "toaster",
            "kettle",
            "humidifier",
            "dehumidifier",
            "microwave",
            "refrigerator",
        ],
    ),
    (
        Category::OutdoorSportsEquipment,
        &["bicycle", "bike", "ebike", "scooter", "kayak", "treadmill"],
    ),
    (
        Category::Machinery,
        &["mower", "lawnmower", "chainsaw", "drill"],
    ),
    (Category::RadioEquipment, &["radio", "walkie"]),
    (
        Category::JewelryAndAccessories,
        &["jewelry", "necklace", "bracelet", "earring"],
    ),
    (
        Category::SkinCareCosmetics,
        &["cosmetic", "lotion", "sunscreen", "shampoo"],
    ),
    (
        Category::ClothingAndTextiles,
        &[
            "clothing",
            "garment",
            "hoodie",
            "sweatshirt",
            "pajama",
            "pyjama",
            "jacket",
            "sleepwear",
        ],
    ),
];

/// The category the product words of prose name: the texts are looked at in
/// order (CPSC: `Products[].Type`, then `Products[].Name`, then the title)
/// and the first that names one decides. Plurals count as their singular.
pub(crate) fn category_in_prose(texts: &[&str]) -> Option<Category> {
    texts.iter().find_map(|t| {
        let folded = fold_text(t);
        let singular: Vec<&str> = words(&folded)
            .into_iter()
            .map(|w| match w.strip_suffix('s') {
                Some(s) if s.len() >= 3 => s,
                _ => w,
            })
            .collect();
        CATEGORY_WORDS
            .iter()
            .find(|(_, ws)| singular.iter().any(|w| ws.contains(w)))
            .map(|(c, _)| *c)
    })
}

/// Serious when the prose (a title, a hazard) speaks of death or serious
/// injury; high otherwise: a regulator's recall is never a minor matter.
pub(crate) fn risk_in_prose(texts: &[&str]) -> RiskLevel {
    let text = fold_text(&texts.join(" "));
    if text.contains("death") || text.contains("serious injur") || text.contains("fatal") {
        RiskLevel::Serious
    } else {
        RiskLevel::High
    }
}

/// The remedies prose offers the consumer ("return it for a full refund",
/// "stop using", "a free replacement", "dispose of it").
pub(crate) fn remedies_in_prose(text: &str) -> BTreeSet<Remedy> {
    let text = fold_text(text);
    let mut out = BTreeSet::new();
    for (words, remedy) in [
        (&["refund"][..], Remedy::Refund),
        (&["repair"][..], Remedy::Repair),
        (&["replace"][..], Remedy::Replace),
        (
            &[
                "dispose",
                "disposal",
                "discard",
                "throw it out",
                "throw out",
                "thrown out",
                "throw away",
                "thrown away",
                "destroy",
            ][..],
            Remedy::Dispose,
        ),
        (
            &[
                "stop using",
                "do not use",
                "don't use",
                "discontinue use",
                "stop use",
                "do not consume",
                "do not eat",
                "not be consumed",
                "should not be used",
                "cease using",
            ][..],
            Remedy::StopUsing,
        ),
    ] {
        if words.iter().any(|w| text.contains(w)) {
            out.insert(remedy);
        }
    }
    out
}

/// Words that label a barcode in prose: "UPC", "UPCs", "GTIN", "EAN",
/// "barcode" (and "UPC-A", "EAN-13", "EAN13", "GTIN-14").
const GTIN_LABELS: &[&str] = &[
    "upc", "upcs", "gtin", "gtins", "ean", "eans", "barcode", "barcodes",
];

/// Words between a label and its number: "UPC code: ...", "UPC No. ...",
/// "UPC(s) ...", "UPC number is ...".
const LABEL_FILLERS: &[&str] = &[
    "code", "codes", "no", "nos", "number", "numbers", "num", "s", "is", "are", "#",
];

/// The GTINs that prose labels as such: a number right after "UPC",
/// "GTIN", "EAN" or "barcode" (a filler such as "code:" or "No." between),
/// written in one run or in groups separated by single spaces or hyphens
/// ("UPC 0 41498 12345 6", "UPC 1 00001-00029 7", "UPC code: 300676382302"),
/// and the further numbers of a list after it ("UPCs 041498123456,
/// 041498123463 and 041498123470"). Only 12, 13 and 14 digits with a valid
/// check digit count, not all zeros (an 8-digit run after a label is as
/// often a date as a GTIN-8); a number that fails is passed over (prose has
/// typos; the record is not refused for them). Unlabelled numbers are never
/// taken: NDCs, lot numbers and dates look the same.
pub(crate) fn labelled_gtins(text: &str) -> Vec<Gtin> {
    let chars: Vec<char> = text.chars().collect();
    let mut out: Vec<Gtin> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts_word = chars[i].is_alphabetic() && (i == 0 || !chars[i - 1].is_alphanumeric());
        if !starts_word {
            i += 1;
            continue;
        }
        let end = run_end(&chars, i, |c| c.is_alphabetic());
        let word: String = chars[i..end]
            .iter()
            .flat_map(|c| c.to_lowercase())
            .collect();
        if GTIN_LABELS.contains(&word.as_str()) {
            let (found, next) = codes_after(&chars, label_suffix_end(&chars, end));
            for g in found {
                if !out.contains(&g) {
                    out.push(g);
                }
            }
            i = next.max(end);
        } else {
            i = end;
        }
    }
    out
}

fn run_end(chars: &[char], from: usize, f: impl Fn(char) -> bool) -> usize {
    let mut k = from;
    while k < chars.len() && f(chars[k]) {
        k += 1;
    }
    k
}

/// After "UPC", "EAN", "GTIN": "-A" ("UPC-A") or a digit count glued or
/// hyphenated to it ("EAN13", "EAN-13", "GTIN-14", "EAN-8") is part of the
/// label, not the start of its number.
fn label_suffix_end(chars: &[char], end: usize) -> usize {
    let k = if chars.get(end) == Some(&'-') {
        end + 1
    } else {
        end
    };
    let not_alnum_at = |i: usize| !chars.get(i).is_some_and(|c| c.is_alphanumeric());
    if k > end && chars.get(k).is_some_and(|c| c.eq_ignore_ascii_case(&'a')) && not_alnum_at(k + 1)
    {
        return k + 1;
    }
    let digits_end = run_end(chars, k, |c| c.is_ascii_digit());
    let count: String = chars[k..digits_end].iter().collect();
    if matches!(count.as_str(), "8" | "12" | "13" | "14") && not_alnum_at(digits_end) {
        return digits_end;
    }
    end
}

/// The codes after a label, and where reading stopped.
fn codes_after(chars: &[char], from: usize) -> (Vec<Gtin>, usize) {
    let mut k = skip_fillers(chars, from);
    let mut found = Vec::new();
    loop {
        let Some((gtin, next)) = code_at(chars, k) else {
            return (found, k);
        };
        found.push(gtin);
        k = next;
        // A list: ", ", "; ", " / ", " & ", " and ", " or " and the next number.
        let mut m = run_end(chars, k, |c| c == ' ');
        if chars
            .get(m)
            .is_some_and(|c| matches!(c, ',' | ';' | '/' | '&'))
        {
            m += 1;
        } else {
            let w_end = run_end(chars, m, |c| c.is_alphabetic());
            let w: String = chars[m..w_end]
                .iter()
                .flat_map(|c| c.to_lowercase())
                .collect();
            if w == "and" || w == "or" {
                m = w_end;
            } else {
                return (found, k);
            }
        }
        let m = run_end(chars, m, char::is_whitespace);
        if !chars.get(m).is_some_and(|c| c.is_ascii_digit()) {
            return (found, k);
        }
        k = m;
    }
}

/// Past blanks, punctuation and filler words ("code", "No.", "(s)", "#").
fn skip_fillers(chars: &[char], from: usize) -> usize {
    let mut k = from;
    loop {
        k = run_end(chars, k, |c| {
            c.is_whitespace() || matches!(c, ':' | '#' | '.' | '(' | ')' | '-' | '=' | '\'' | '’')
        });
        let w_end = run_end(chars, k, |c| c.is_alphabetic());
        if w_end == k {
            return k;
        }
        let w: String = chars[k..w_end]
            .iter()
            .flat_map(|c| c.to_lowercase())
            .collect();
        if !LABEL_FILLERS.contains(&w.as_str()) {
            return k;
        }
        k = w_end;
    }
}

/// A GTIN starting at `from`: digit groups joined by single spaces or
/// hyphens, the shortest reading of 12, then 13, then 14 digits that is a
/// valid GTIN (so that "UPC 041498123456 12 oz" is not read as 14 digits).
fn code_at(chars: &[char], from: usize) -> Option<(Gtin, usize)> {
    let mut groups: Vec<(String, usize)> = Vec::new();
    let mut k = from;
    let mut total = 0;
    while chars.get(k).is_some_and(|c| c.is_ascii_digit()) && total < 14 {
        let end = run_end(chars, k, |c| c.is_ascii_digit());
        let group: String = chars[k..end].iter().collect();
        total += group.len();
        groups.push((group, end));
        k = end;
        let joined = chars.get(k).is_some_and(|c| matches!(c, ' ' | '-'))
            && chars.get(k + 1).is_some_and(|c| c.is_ascii_digit());
        if !joined {
            break;
        }
        k += 1;
    }
    for wanted in [12, 13, 14] {
        let mut digits = String::new();
        for (group, end) in &groups {
            digits.push_str(group);
            if digits.len() >= wanted {
                if digits.len() == wanted && !digits.chars().all(|c| c == '0') {
                    if let Ok(g) = Gtin::parse(&digits) {
                        return Some((g, *end));
                    }
                }
                break;
            }
        }
    }
    None
}

/// Words that open a list of lots in prose ("Lot", "Lots", "Lot #", "Lot
/// No.", "Lot numbers", "Lot codes", "Batch", "Batch numbers").
const LOT_LABELS: &[&str] = &[
    "lot", "lots", "lotno", "lotnos", "batch", "batches", "batchno",
];

/// Words that close a list of lots: the label of another identifier.
const LOT_STOPS: &[&str] = &[
    "upc",
    "upcs",
    "gtin",
    "gtins",
    "ean",
    "ndc",
    "sku",
    "skus",
    "serial",
    "serials",
    "model",
    "models",
    "item",
    "items",
    "catalog",
    "catalogue",
    "part",
    "plant",
    "barcode",
];

/// Lot and batch numbers that prose labels as such (openFDA `code_info`:
/// "Lot numbers and exp dates: 10108716 31-Mar-2013, 10111510 30-Apr-2013";
/// "Lot codes: PS2610A, PS2610B; Best by 10/2027"): after a lot label, every
/// token with a digit that is not a date ("31-Mar-2013", "10/2027", "2013"),
/// a quantity ("16oz", "12") or shorter than 3 characters, until the label of
/// another identifier ("UPC", "NDC", "Model"...) or the end of the sentence.
pub(crate) fn labelled_lots(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut in_lots = false;
    for raw in text.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';')) {
        let mut token = raw.trim_matches(|c: char| {
            matches!(
                c,
                ':' | '.' | '(' | ')' | '[' | ']' | '"' | '\'' | '#' | '*' | '“' | '”'
            )
        });
        // "Lot#12345", "Lot:A1": the label glued to its first lot.
        if let Some(at) = token.find(['#', ':']) {
            if LOT_LABELS.contains(&fold(&token[..at]).as_str()) {
                in_lots = true;
                token = token[at + 1..].trim_start_matches(['#', ':']);
            }
        }
        let folded = fold(token);
        if folded.is_empty() {
            continue;
        }
        if LOT_LABELS.contains(&folded.as_str()) {
            in_lots = true;
            continue;
        }
        if LOT_STOPS.contains(&folded.as_str()) {
            in_lots = false;
            continue;
        }
        if in_lots
            && token.chars().count() >= 3
            && token.chars().count() <= 24
            && token.chars().any(|c| c.is_ascii_digit())
            && !is_dateish(token)
            && !is_quantity(token)
            && !out.iter().any(|l| fold(l) == folded)
        {
            out.push(token.to_string());
        }
        // A full stop ends the sentence, and the list (not "No." nor "Inc.").
        if raw.ends_with('.') && !matches!(folded.as_str(), "no" | "nos" | "inc" | "co" | "corp") {
            in_lots = false;
        }
    }
    out
}

const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// "31-Mar-2013", "Mar-2013", "10/2027", "04/02/2026", "2026-11-04",
/// "20261104", a year alone ("2013").
fn is_dateish(token: &str) -> bool {
    let parts: Vec<&str> = token
        .split(['-', '/', '.'])
        .filter(|p| !p.is_empty())
        .collect();
    let digits = |p: &str| p.chars().all(|c| c.is_ascii_digit());
    let year = |p: &str| digits(p) && p.len() == 4 && matches!(&p[..2], "19" | "20");
    let month_name = |p: &str| {
        let lower = p.to_ascii_lowercase();
        lower.len() >= 3 && lower.is_char_boundary(3) && MONTHS.contains(&&lower[..3])
    };
    match parts.as_slice() {
        [one] if year(one) => true,
        [one] if digits(one) && one.len() == 8 => {
            chrono::NaiveDate::parse_from_str(one, "%Y%m%d").is_ok() && year(&one[..4])
        }
        [a, b] => {
            (digits(a) && a.len() <= 2 || month_name(a))
                && (year(b) || digits(b) && b.len() == 2 && month_name(a))
        }
        [a, b, c] => {
            let small = |p: &str| digits(p) && p.len() <= 2;
            (small(a) && (small(b) || month_name(b)) && (year(c) || small(c)))
                || (year(a) && small(b) && small(c))
        }
        _ => false,
    }
}

/// "12", "16oz", "454g", "3x": a count or a size, not a lot.
fn is_quantity(token: &str) -> bool {
    let digits_end = token
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(token.len());
    let (number, unit) = token.split_at(digits_end);
    if number.is_empty() {
        return false;
    }
    let unit = unit.to_ascii_lowercase();
    (unit.is_empty() && number.len() < 4)
        || matches!(
            unit.as_str(),
            "oz" | "g"
                | "kg"
                | "lb"
                | "lbs"
                | "ml"
                | "l"
                | "ct"
                | "pk"
                | "mg"
                | "x"
                | "cm"
                | "mm"
                | "in"
        )
}

#[cfg(test)]
#[path = "prose_test.rs"]
mod tests;
