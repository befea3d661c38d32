"""Country names as news copy writes them: general knowledge the extractor may use without a
registry entry ("Denmark will send 40 more trainers" is Denmark's share, whatever the registry
lists). Short English names and common forms, not official titles; one list, kept by hand."""

from __future__ import annotations

#: Country names, case as written. Sources: the UN member states and observers, with the short
#: forms newsrooms use ("Britain", "the US" is an abbreviation and left to the registry).
COUNTRY_NAMES: frozenset[str] = frozenset(
    (
        "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia",
        "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados",
        "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia", "Botswana",
        "Brazil", "Britain", "Brunei", "Bulgaria", "Burkina Faso", "Burundi", "Cambodia",
        "Cameroon", "Canada", "Chad", "Chile", "China", "Colombia", "Comoros", "Congo",
        "Costa Rica", "Croatia", "Cuba", "Cyprus", "Czechia", "Czech Republic", "Denmark",
        "Djibouti", "Dominica", "Ecuador", "Egypt", "El Salvador", "Eritrea", "Estonia",
        "Eswatini", "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia", "Georgia",
        "Germany", "Ghana", "Greece", "Grenada", "Guatemala", "Guinea", "Guyana", "Haiti",
        "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland",
        "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati",
        "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia",
        "Libya", "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia",
        "Maldives", "Mali", "Malta", "Mauritania", "Mauritius", "Mexico", "Moldova", "Monaco",
        "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nauru",
        "Nepal", "Netherlands", "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Korea",
        "North Macedonia", "Norway", "Oman", "Pakistan", "Palau", "Palestine", "Panama",
        "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar",
        "Romania", "Russia", "Rwanda", "Samoa", "San Marino", "Saudi Arabia", "Senegal",
        "Serbia", "Seychelles", "Sierra Leone", "Singapore", "Slovakia", "Slovenia",
        "Somalia", "South Africa", "South Korea", "South Sudan", "Spain", "Sri Lanka", "Sudan",
        "Suriname", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania",
        "Thailand", "Togo", "Tonga", "Tunisia", "Turkey", "Turkmenistan", "Tuvalu", "Uganda",
        "Ukraine", "United Kingdom", "United States", "Uruguay", "Uzbekistan", "Vanuatu",
        "Venezuela", "Vietnam", "Yemen", "Zambia", "Zimbabwe",
    )
)  # fmt: skip

#: Capitals that news copy uses for their governments ("Berlin says its soldiers will stay",
#: "Washington has decided"): capital -> the country's short English name. Read as the
#: country only as the subject of a verb (linking.CAPITAL_SUBJECT_RE), never after "in" or "to".
CAPITALS: dict[str, str] = {
    "Abu Dhabi": "United Arab Emirates", "Amman": "Jordan", "Ankara": "Turkey",
    "Athens": "Greece", "Baghdad": "Iraq", "Beijing": "China", "Beirut": "Lebanon",
    "Berlin": "Germany", "Bern": "Switzerland", "Brussels": "Belgium", "Bucharest": "Romania",
    "Budapest": "Hungary", "Cairo": "Egypt", "Canberra": "Australia", "Copenhagen": "Denmark",
    "Damascus": "Syria", "Doha": "Qatar", "Dublin": "Ireland", "Helsinki": "Finland",
    "Islamabad": "Pakistan", "Kabul": "Afghanistan", "Kyiv": "Ukraine", "Kiev": "Ukraine",
    "Lisbon": "Portugal", "London": "United Kingdom", "Madrid": "Spain", "Moscow": "Russia",
    "New Delhi": "India", "Oslo": "Norway", "Ottawa": "Canada", "Paris": "France",
    "Prague": "Czech Republic", "Riyadh": "Saudi Arabia", "Rome": "Italy", "Seoul": "South Korea",
    "Sofia": "Bulgaria", "Stockholm": "Sweden", "Tehran": "Iran", "Tokyo": "Japan",
    "Vienna": "Austria", "Vilnius": "Lithuania", "Warsaw": "Poland", "Washington": "United States",
    "Wellington": "New Zealand",
}  # fmt: skip
