//! The marketplace's sellers, listings and orders, as `catalog-sync` keeps them.

use crate::carrier::CarrierStatus;
use crate::kernel::ids::{fold, Country, Gtin};
pub use crate::kernel::money::Money;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The platform's 14 recall product lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    RadioEquipment,
    SkinCareCosmetics,
    Machinery,
    Toys,
    OutdoorSportsEquipment,
    MotherAndKids,
    DigitalElectronicsAndAppliances,
    ProtectiveEquipment,
    MedicalDevices,
    ClothingAndTextiles,
    HouseholdProducts,
    JewelryAndAccessories,
    Foods,
    LaserProducts,
}

impl Category {
    pub const ALL: [Category; 14] = [
        Category::RadioEquipment,
        Category::SkinCareCosmetics,
        Category::Machinery,
        Category::Toys,
        Category::OutdoorSportsEquipment,
        Category::MotherAndKids,
        Category::DigitalElectronicsAndAppliances,
        Category::ProtectiveEquipment,
        Category::MedicalDevices,
        Category::ClothingAndTextiles,
        Category::HouseholdProducts,
        Category::JewelryAndAccessories,
        Category::Foods,
        Category::LaserProducts,
    ];

    /// The list's own name in snake case (`toys`, `mother_and_kids`...).
    pub fn slug(self) -> &'static str {
        match self {
            Category::RadioEquipment => "radio_equipment",
            Category::SkinCareCosmetics => "skin_care_cosmetics",
            Category::Machinery => "machinery",
            Category::Toys => "toys",
            Category::OutdoorSportsEquipment => "outdoor_sports_equipment",
            Category::MotherAndKids => "mother_and_kids",
            Category::DigitalElectronicsAndAppliances => "digital_electronics_and_appliances",
            Category::ProtectiveEquipment => "protective_equipment",
            Category::MedicalDevices => "medical_devices",
            Category::ClothingAndTextiles => "clothing_and_textiles",
            Category::HouseholdProducts => "household_products",
            Category::JewelryAndAccessories => "jewelry_and_accessories",
            Category::Foods => "foods",
            Category::LaserProducts => "laser_products",
        }
    }

    /// The recall product list of a marketplace category (its own taxonomy,
    /// any text, a path like "Baby > Strollers" included): the list's own
    /// name, else the first word of [`MARKETPLACE_CATEGORY_WORDS`] found in
    /// it, the most specific path segment first. None when nothing tells.
    pub fn for_marketplace_category(raw: &str) -> Option<Category> {
        let slug: String = raw
            .trim()
            .to_lowercase()
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '_' })
            .collect();
        if let Some(c) = Category::ALL.iter().find(|c| c.slug() == slug) {
            return Some(*c);
        }
        // The last segment of a path is the most specific ("Toys > Baby toys").
        raw.rsplit(['>', '/', '|']).find_map(|segment| {
            let words: Vec<String> = segment
                .split(|c: char| !c.is_alphanumeric())
                .map(fold)
                .filter(|w| !w.is_empty())
                .collect();
            MARKETPLACE_CATEGORY_WORDS
                .iter()
                .find(|(word, _)| words.iter().any(|w| w == word || w == &format!("{word}s")))
                .map(|(_, c)| *c)
        })
    }

    /// How the platform's lists name the category, for notices.
    pub fn label(self) -> &'static str {
        match self {
            Category::RadioEquipment => "Radio equipment",
            Category::SkinCareCosmetics => "Skin care / cosmetics",
            Category::Machinery => "Machinery",
            Category::Toys => "Toys",
            Category::OutdoorSportsEquipment => "Outdoor sports equipment",
            Category::MotherAndKids => "Mother & kids",
            Category::DigitalElectronicsAndAppliances => {
                "Digital electronics & electronic appliances"
            }
            Category::ProtectiveEquipment => "Protective equipment",
            Category::MedicalDevices => "Medical devices",
            Category::ClothingAndTextiles => "Clothing & textiles",
            Category::HouseholdProducts => "Household products",
            Category::JewelryAndAccessories => "Jewelry & accessories",
            Category::Foods => "Foods",
            Category::LaserProducts => "Laser products",
        }
    }
}

/// Words of marketplace categories and the recall product list each falls
/// in (folded, singular; a plural with a final `s` counts too), in order:
/// the first word found decides, so the more specific words come first.
/// The README's contract section shows this table.
pub const MARKETPLACE_CATEGORY_WORDS: &[(&str, Category)] = &[
    ("laser", Category::LaserProducts),
    ("baby", Category::MotherAndKids),
    ("babies", Category::MotherAndKids),
    ("infant", Category::MotherAndKids),
    ("maternity", Category::MotherAndKids),
    ("nursery", Category::MotherAndKids),
    ("stroller", Category::MotherAndKids),
    ("toy", Category::Toys),
    ("helmet", Category::ProtectiveEquipment),
    ("protective", Category::ProtectiveEquipment),
    ("safety", Category::ProtectiveEquipment),
    ("ppe", Category::ProtectiveEquipment),
    ("medical", Category::MedicalDevices),
    ("radio", Category::RadioEquipment),
    ("walkie", Category::RadioEquipment),
    ("drone", Category::RadioEquipment),
    ("cosmetic", Category::SkinCareCosmetics),
    ("beauty", Category::SkinCareCosmetics),
    ("skincare", Category::SkinCareCosmetics),
    ("makeup", Category::SkinCareCosmetics),
    ("electronic", Category::DigitalElectronicsAndAppliances),
    ("appliance", Category::DigitalElectronicsAndAppliances),
    ("phone", Category::DigitalElectronicsAndAppliances),
    ("computer", Category::DigitalElectronicsAndAppliances),
    ("charger", Category::DigitalElectronicsAndAppliances),
    ("jewelry", Category::JewelryAndAccessories),
    ("jewellery", Category::JewelryAndAccessories),
    ("watch", Category::JewelryAndAccessories),
    ("accessorie", Category::JewelryAndAccessories),
    ("clothing", Category::ClothingAndTextiles),
    ("apparel", Category::ClothingAndTextiles),
    ("fashion", Category::ClothingAndTextiles),
    ("textile", Category::ClothingAndTextiles),
    ("shoe", Category::ClothingAndTextiles),
    ("food", Category::Foods),
    ("grocery", Category::Foods),
    ("groceries", Category::Foods),
    ("beverage", Category::Foods),
    ("sport", Category::OutdoorSportsEquipment),
    ("outdoor", Category::OutdoorSportsEquipment),
    ("bike", Category::OutdoorSportsEquipment),
    ("bicycle", Category::OutdoorSportsEquipment),
    ("camping", Category::OutdoorSportsEquipment),
    ("fitness", Category::OutdoorSportsEquipment),
    ("machinery", Category::Machinery),
    ("tool", Category::Machinery),
    ("home", Category::HouseholdProducts),
    ("household", Category::HouseholdProducts),
    ("kitchen", Category::HouseholdProducts),
    ("furniture", Category::HouseholdProducts),
];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seller {
    pub seller_id: String,
    pub name: String,
    /// The account email.
    pub email: String,
    /// The product-safety mailbox, when the seller registered one.
    #[serde(default)]
    pub safety_email: Option<String>,
    /// BCP 47; English when absent.
    #[serde(default)]
    pub locale: Option<String>,
    /// When the marketplace changed the seller. Optional; when given, an older
    /// update delivered late never overwrites a newer one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<DateTime<Utc>>,
    /// The seller's IANA time zone ("Asia/Shanghai"), when known: their
    /// emails' times are shown in it (else in UTC).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
}

impl Seller {
    /// Where safety notices go: the product-safety mailbox when registered,
    /// otherwise the account email (seed 000).
    pub fn notice_address(&self) -> &str {
        self.safety_email
            .as_deref()
            .filter(|a| !a.trim().is_empty())
            .unwrap_or(&self.email)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Listing {
    pub listing_id: String,
    pub seller_id: String,
    pub title: String,
    #[serde(default)]
    pub brand: Option<String>,
    #[serde(default)]
    pub model: Option<String>,
    #[serde(default)]
    pub gtins: BTreeSet<Gtin>,
    #[serde(default)]
    pub batches: Vec<String>,
    /// The marketplace's own category, stored as given (any text): it never
    /// keeps a listing out of matching. [`Listing::recall_list`] maps it to
    /// one of the platform's 14 recall product lists where it can.
    #[serde(default)]
    pub category: Option<String>,
    /// The destination markets the listing is offered in.
    pub markets: BTreeSet<Country>,
    pub updated_at: DateTime<Utc>,
    #[serde(default)]
    pub image_url: Option<String>,
    /// Stock held in the platform's warehouses (a recall pulls it back).
    #[serde(default)]
    pub platform_warehouse: bool,
    // -- what buyer protection (SPEC 2) needs; all optional --
    /// What kind of item this is, for the exclusions of SPEC 2; `standard`
    /// when absent.
    #[serde(default, skip_serializing_if = "ItemKind::is_standard")]
    pub item_kind: ItemKind,
    /// Durable goods (Brazil's 90-day conformity warranty) or not (30 days).
    /// Absent: durable, so an unknown item gets the longer warranty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durable: Option<bool>,
    /// The parcel's three sides in millimetres. Absent: not known to be large.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dimensions_mm: Option<[u32; 3]>,
    /// The parcel's weight in grams. Absent: not known to be large.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight_g: Option<u32>,
    /// The listing carries the "Free Return" label (an order line's own
    /// `free_return`, the label when it was bought, wins).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub free_return: bool,
}

/// Which of two versions of a listing is the newer (the one to keep): the
/// later `updated_at`; at the same `updated_at`, the version whose content
/// digest is greater, so that two different edits stamped with the same
/// time converge on the same stored version whatever their delivery order.
/// Equal: the same content delivered again.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct ListingVersion {
    pub updated_at: DateTime<Utc>,
    /// SHA-256 of the listing's canonical JSON, hex (its first 16 bytes).
    pub digest: String,
}

impl ListingVersion {
    /// The text the store compares in its conditional write:
    /// `<RFC 3339 with milliseconds>#<digest>`, which sorts as the versions do.
    pub fn key(&self) -> String {
        format!(
            "{}#{}",
            self.updated_at
                .to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            self.digest
        )
    }
}

impl Listing {
    /// This listing's version (see [`ListingVersion`]).
    pub fn version(&self) -> ListingVersion {
        use sha2::{Digest, Sha256};
        // Field order is the struct's and sets are sorted: the same content
        // always serialises to the same text.
        let canonical = serde_json::to_vec(self).unwrap_or_default();
        let hash = Sha256::digest(&canonical);
        let digest = hash.iter().take(16).map(|b| format!("{b:02x}")).collect();
        ListingVersion {
            updated_at: self.updated_at,
            digest,
        }
    }

    /// The recall product list the marketplace's category falls in, when it
    /// can be told (see [`Category::for_marketplace_category`]).
    pub fn recall_list(&self) -> Option<Category> {
        self.category
            .as_deref()
            .and_then(Category::for_marketplace_category)
    }

    pub fn folded_brand(&self) -> Option<String> {
        self.brand.as_deref().map(fold).filter(|b| !b.is_empty())
    }
    pub fn folded_model(&self) -> Option<String> {
        self.model.as_deref().map(fold).filter(|m| !m.is_empty())
    }
    pub fn folded_batches(&self) -> BTreeSet<String> {
        self.batches
            .iter()
            .map(|b| fold(b))
            .filter(|b| !b.is_empty())
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Buyer {
    pub buyer_id: String,
    pub email: String,
    pub name: String,
    pub country: Country,
    #[serde(default)]
    pub locale: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Address {
    pub country: Country,
    #[serde(default)]
    pub postal_code: Option<String>,
    #[serde(default)]
    pub region: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrderLine {
    pub listing_id: String,
    pub quantity: u32,
    pub unit_price: Money,
    pub fees: Money,
    /// The line was bought with the "Free Return" label; absent: the
    /// listing's label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub free_return: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Order {
    pub order_id: String,
    pub placed_at: DateTime<Utc>,
    pub buyer: Buyer,
    pub ship_to: Address,
    pub lines: Vec<OrderLine>,
    #[serde(default)]
    pub shipped_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub delivered_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub cancelled_at: Option<DateTime<Utc>>,
    /// When the payment succeeded. Absent: when it was placed (an order is
    /// placed once paid).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paid_at: Option<DateTime<Utc>>,
    /// The end of the guaranteed delivery window shown on the order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guaranteed_delivery_by: Option<DateTime<Utc>>,
    /// When the seller or customer service confirmed Free Return for a large
    /// or overseas order (it counts only if made before the order was placed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub free_return_confirmed_at: Option<DateTime<Utc>>,
    /// The carrier's last status of the parcel (see [`crate::carrier`]);
    /// absent: the carrier has said nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carrier_status: Option<CarrierStatus>,
    /// When the carrier reported `carrier_status`; given with it, never alone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carrier_status_at: Option<DateTime<Utc>>,
}

impl Order {
    /// The destination market: where the order ships to.
    pub fn market(&self) -> &Country {
        &self.ship_to.country
    }

    pub fn validate(&self) -> Result<(), (String, String)> {
        if self.lines.is_empty() {
            return Err(("lines".into(), "an order needs at least one line".into()));
        }
        for (i, line) in self.lines.iter().enumerate() {
            if line.quantity == 0 {
                return Err((format!("lines[{i}].quantity"), "must be at least 1".into()));
            }
            line.unit_price
                .validate()
                .map_err(|(f, e)| (format!("lines[{i}].unit_price.{f}"), e))?;
            line.fees
                .validate()
                .map_err(|(f, e)| (format!("lines[{i}].fees.{f}"), e))?;
        }
        if !self.buyer.email.contains('@') {
            return Err(("buyer.email".into(), "is not an email address".into()));
        }
        if let Some(s) = self.shipped_at {
            if s < self.placed_at {
                return Err(("shipped_at".into(), "is before placed_at".into()));
            }
        }
        if let (Some(d), Some(s)) = (self.delivered_at, self.shipped_at) {
            if d < s {
                return Err(("delivered_at".into(), "is before shipped_at".into()));
            }
        }
        Ok(())
    }
}

impl Order {
    /// The carrier's last report on the order, if any.
    pub fn carrier_report(&self) -> Option<crate::carrier::CarrierReport> {
        match (self.carrier_status, self.carrier_status_at) {
            (Some(status), Some(at)) => Some(crate::carrier::CarrierReport { status, at }),
            _ => None,
        }
    }

    /// Keeps `report` on the order when it is newer than the one it has.
    /// Returns whether the order changed.
    pub fn apply_carrier_report(&mut self, report: Option<crate::carrier::CarrierReport>) -> bool {
        let before = self.carrier_report();
        let after = crate::carrier::CarrierReport::newest(before, report);
        if after == before {
            return false;
        }
        self.carrier_status = after.map(|r| r.status);
        self.carrier_status_at = after.map(|r| r.at);
        true
    }
}

/// What kind of item a listing sells: a fixed vocabulary covering every
/// exclusion of the seed (programme, Free Return, Brazil) and of the EU's
/// withdrawal exceptions.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// Anything not below.
    #[default]
    Standard,
    /// "personalised items".
    Personalised,
    /// "custom-made items", "Customized products", "customized items".
    CustomMade,
    /// "fragile ... items": the seed names fragile items beside perishables
    /// (the SPEC does not); encoded as the seed says.
    Fragile,
    /// Food that keeps (snacks, tins, supplements): "perishables items (e.g.
    /// food ...)", Brazil's "food".
    Food,
    /// "Fresh & Frozen Food".
    FreshFrozenFood,
    /// "dairy & eggs".
    DairyEggs,
    /// "flowers".
    Flowers,
    /// "Live plants".
    LivePlant,
    /// "underwear", "Underwear, Panties".
    Underwear,
    /// Brazil's "socks".
    Socks,
    /// "Adult Products".
    AdultProduct,
    /// Hygiene and health products applied to the body: "lotion, toothpaste".
    HygieneProduct,
    /// "copiable items (e.g. ... CDs, DVDs and computer software)".
    CopiableMedia,
    /// "Tickets".
    Ticket,
    /// "Vouchers".
    Voucher,
    /// "Services".
    Service,
    /// "Virtual products".
    VirtualProduct,
    /// "Free gifts".
    FreeGift,
    /// Brazil's "batteries".
    Battery,
    /// Brazil's "prohibited items on AliExpress".
    Prohibited,
}

impl ItemKind {
    pub fn is_standard(&self) -> bool {
        *self == ItemKind::Standard
    }

    pub const ALL: [ItemKind; 21] = [
        ItemKind::Standard,
        ItemKind::Personalised,
        ItemKind::CustomMade,
        ItemKind::Fragile,
        ItemKind::Food,
        ItemKind::FreshFrozenFood,
        ItemKind::DairyEggs,
        ItemKind::Flowers,
        ItemKind::LivePlant,
        ItemKind::Underwear,
        ItemKind::Socks,
        ItemKind::AdultProduct,
        ItemKind::HygieneProduct,
        ItemKind::CopiableMedia,
        ItemKind::Ticket,
        ItemKind::Voucher,
        ItemKind::Service,
        ItemKind::VirtualProduct,
        ItemKind::FreeGift,
        ItemKind::Battery,
        ItemKind::Prohibited,
    ];
}

#[cfg(test)]
mod marketplace_categories {
    use crate::catalog::{Category, Listing};
    #[test]
    fn a_marketplace_category_maps_to_a_recall_list_where_it_can_and_is_kept_as_given(
    ) -> Result<(), serde_json::Error> {
        for (given, list) in [
            ("toys", Some(Category::Toys)),
            ("mother_and_kids", Some(Category::MotherAndKids)),
            ("Toys & Games > Building Toys", Some(Category::Toys)),
            ("Baby > Strollers", Some(Category::MotherAndKids)),
            (
                "Electronics > Phone accessories",
                Some(Category::DigitalElectronicsAndAppliances),
            ),
            ("Home & Garden > Kitchen", Some(Category::HouseholdProducts)),
            ("Beauty", Some(Category::SkinCareCosmetics)),
            ("Women's Clothing", Some(Category::ClothingAndTextiles)),
            ("Jewellery & Watches", Some(Category::JewelryAndAccessories)),
            ("Laser pointers", Some(Category::LaserProducts)),
            ("Collectibles", None),
            ("Vintage curiosities ✨", None),
        ] {
            assert_eq!(Category::for_marketplace_category(given), list, "{given}");
            let listing: Listing = serde_json::from_value(serde_json::json!({
                "listing_id": "L-1", "seller_id": "S-1", "title": "t",
                "category": given, "markets": ["FR"], "updated_at": "2026-11-01T10:00:00Z"
            }))?;
            assert_eq!(listing.category.as_deref(), Some(given), "stored as given");
            assert_eq!(listing.recall_list(), list);
        }
        Ok(())
    }
}
