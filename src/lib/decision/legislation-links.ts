// Links an Act or regulation a statement cites to its text on legislation.gov.uk: to the Act
// itself, and to the section (regulation, article, Schedule) where the statement names one. Only
// titles in the table below, whose identifiers have been checked, get a direct link; any other
// title gets a title search, marked as not exact.

const SITE = "https://www.legislation.gov.uk";

/** Title → legislation.gov.uk identifier: `ukpga/<year>/<chapter>`, `uksi/<year>/<number>`, `eur/<year>/<number>`. */
const KNOWN: Readonly<Record<string, string>> = {
  // Acts the corpus and seeds cite.
  "Local Government Act 1974": "ukpga/1974/7",
  "Children Act 1989": "ukpga/1989/41",
  "Care Act 2014": "ukpga/2014/23",
  "Education Act 1996": "ukpga/1996/56",
  "Mental Health Act 1983": "ukpga/1983/20",
  "Housing Act 2004": "ukpga/2004/34",
  "Building Act 1984": "ukpga/1984/55",
  "Wildlife and Countryside Act 1981": "ukpga/1981/69",
  "Anti-social Behaviour, Crime and Policing Act 2014": "ukpga/2014/12",
  "Health Service Commissioners Act 1993": "ukpga/1993/46",
  "Local Government (Miscellaneous Provisions) Act 1976": "ukpga/1976/57",
  // Acts statements of this kind often cite.
  "Adoption and Children Act 2002": "ukpga/2002/38",
  "Animal Welfare Act 2006": "ukpga/2006/45",
  "Anti-social Behaviour Act 2003": "ukpga/2003/38",
  "Care Standards Act 2000": "ukpga/2000/14",
  "Carers (Recognition and Services) Act 1995": "ukpga/1995/12",
  "Children (Leaving Care) Act 2000": "ukpga/2000/35",
  "Children Act 2004": "ukpga/2004/31",
  "Children and Families Act 2014": "ukpga/2014/6",
  "Children and Social Work Act 2017": "ukpga/2017/16",
  "Chronically Sick and Disabled Persons Act 1970": "ukpga/1970/44",
  "Clean Neighbourhoods and Environment Act 2005": "ukpga/2005/16",
  "Commons Act 2006": "ukpga/2006/26",
  "Control of Pollution Act 1974": "ukpga/1974/40",
  "Coronavirus Act 2020": "ukpga/2020/7",
  "Crime and Disorder Act 1998": "ukpga/1998/37",
  "Dangerous Dogs Act 1991": "ukpga/1991/65",
  "Data Protection Act 1998": "ukpga/1998/29",
  "Data Protection Act 2018": "ukpga/2018/12",
  "Deregulation Act 2015": "ukpga/2015/20",
  "Disability Discrimination Act 1995": "ukpga/1995/50",
  "Domestic Abuse Act 2021": "ukpga/2021/17",
  "Education Act 2002": "ukpga/2002/32",
  "Education and Inspections Act 2006": "ukpga/2006/40",
  "Environment Act 1995": "ukpga/1995/25",
  "Environmental Protection Act 1990": "ukpga/1990/43",
  "Equality Act 2006": "ukpga/2006/3",
  "Equality Act 2010": "ukpga/2010/15",
  "Flood and Water Management Act 2010": "ukpga/2010/29",
  "Freedom of Information Act 2000": "ukpga/2000/36",
  "Gambling Act 2005": "ukpga/2005/19",
  "Health Act 2009": "ukpga/2009/21",
  "Health and Social Care Act 2008": "ukpga/2008/14",
  "Health and Social Care Act 2012": "ukpga/2012/7",
  "Highways Act 1980": "ukpga/1980/66",
  "Homelessness Reduction Act 2017": "ukpga/2017/13",
  "Housing Act 1985": "ukpga/1985/68",
  "Housing Act 1988": "ukpga/1988/50",
  "Housing Act 1996": "ukpga/1996/52",
  "Housing and Planning Act 2016": "ukpga/2016/22",
  "Housing and Regeneration Act 2008": "ukpga/2008/17",
  "Housing Grants, Construction and Regeneration Act 1996": "ukpga/1996/53",
  "Human Rights Act 1998": "ukpga/1998/42",
  "Land Drainage Act 1991": "ukpga/1991/59",
  "Licensing Act 2003": "ukpga/2003/17",
  "Local Authority Social Services Act 1970": "ukpga/1970/42",
  "Local Government (Access to Information) Act 1985": "ukpga/1985/43",
  "Local Government (Miscellaneous Provisions) Act 1982": "ukpga/1982/30",
  "Local Government Act 1972": "ukpga/1972/70",
  "Local Government Act 2000": "ukpga/2000/22",
  "Local Government and Public Involvement in Health Act 2007": "ukpga/2007/28",
  "Local Government Finance Act 1988": "ukpga/1988/41",
  "Local Government Finance Act 1992": "ukpga/1992/14",
  "Localism Act 2011": "ukpga/2011/20",
  "Mental Capacity Act 2005": "ukpga/2005/9",
  "Mental Health Act 2007": "ukpga/2007/12",
  "Mobile Homes Act 1983": "ukpga/1983/34",
  "National Health Service Act 2006": "ukpga/2006/41",
  "New Roads and Street Works Act 1991": "ukpga/1991/22",
  "Noise Act 1996": "ukpga/1996/37",
  "Party Wall etc. Act 1996": "ukpga/1996/40",
  "Planning (Listed Buildings and Conservation Areas) Act 1990": "ukpga/1990/9",
  "Planning and Compulsory Purchase Act 2004": "ukpga/2004/5",
  "Protection from Eviction Act 1977": "ukpga/1977/43",
  "Protection from Harassment Act 1997": "ukpga/1997/40",
  "Road Traffic Act 1988": "ukpga/1988/52",
  "Road Traffic Regulation Act 1984": "ukpga/1984/27",
  "School Standards and Framework Act 1998": "ukpga/1998/31",
  "Social Security Administration Act 1992": "ukpga/1992/5",
  "Town and Country Planning Act 1990": "ukpga/1990/8",
  "Traffic Management Act 2004": "ukpga/2004/18",
  "Welfare Reform Act 2012": "ukpga/2012/5",
  // Regulations and orders.
  "Allocation of Housing and Homelessness (Eligibility) (England) Regulations 2006": "uksi/2006/1294",
  "Building Regulations 2010": "uksi/2010/2214",
  "Care and Support (Charging and Assessment of Resources) Regulations 2014": "uksi/2014/2672",
  "Care and Support (Direct Payments) Regulations 2014": "uksi/2014/2871",
  "Care and Support (Eligibility Criteria) Regulations 2015": "uksi/2015/313",
  "Care Planning, Placement and Case Review (England) Regulations 2010": "uksi/2010/959",
  "Children Act 1989 Representations Procedure (England) Regulations 2006": "uksi/2006/1738",
  "Civil Enforcement of Parking Contraventions (England) General Regulations 2007": "uksi/2007/3483",
  "Community Infrastructure Levy Regulations 2010": "uksi/2010/948",
  "Council Tax (Administration and Enforcement) Regulations 1992": "uksi/1992/613",
  "Council Tax Reduction Schemes (Prescribed Requirements) (England) Regulations 2012": "uksi/2012/2885",
  "Homelessness (Suitability of Accommodation) (England) Order 2012": "uksi/2012/2601",
  "Homelessness (Suitability of Accommodation) Order 1996": "uksi/1996/3204",
  "Housing Health and Safety Rating System (England) Regulations 2005": "uksi/2005/3208",
  "Local Authority Social Services and National Health Service Complaints (England) Regulations 2009": "uksi/2009/309",
  "School Admissions (Appeal Arrangements) (England) Regulations 2012": "uksi/2012/9",
  "Special Educational Needs and Disability Regulations 2014": "uksi/2014/1530",
  "Special Guardianship Regulations 2005": "uksi/2005/1109",
  "Town and Country Planning (Development Management Procedure) (England) Order 2015": "uksi/2015/595",
  "Town and Country Planning (General Permitted Development) (England) Order 2015": "uksi/2015/596",
  "Town and Country Planning (Use Classes) Order 1987": "uksi/1987/764",
  // Retained EU law.
  "UK GDPR": "eur/2016/679",
  GDPR: "eur/2016/679",
};

/** Titles compared without case, "the", "&" for "and", quotes or spacing differences. */
function key(title: string): string {
  return title
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/&/g, " and ")
    .replace(/^the\s+/, "")
    .replace(/[\s,]+/g, " ")
    .trim();
}

const BY_KEY = new Map(Object.entries(KNOWN).map(([title, id]) => [key(title), id]));

/** The identifier for a title, compared as `key` compares them. */
function identifier(title: string): string | undefined {
  return BY_KEY.get(key(title));
}

/** What an instrument's numbered provisions are called: sections of Acts, regulations, articles of Orders and of the GDPR. */
function provision(title: string): "section" | "regulation" | "article" {
  if (/\bGDPR\b|\bOrder \d{4}$/.test(title)) return "article";
  if (/\bRegulations \d{4}$/.test(title)) return "regulation";
  return "section";
}

const SHORT = { section: "s.", regulation: "reg.", article: "art." } as const;
const SCHEDULE = /^Schedule (\d+[A-Z]{0,2})(?: paragraph (\d+[A-Z]{0,2}))?/;

/**
 * A provision as cited with its instrument's title: "s.26(6)(a)" of an Act, "reg.12" of
 * regulations, "art.3" of an Order; a Schedule as written ("Schedule 5 paragraph 5(2)").
 */
export function provisionLabel(title: string, cited: string): string {
  return cited.startsWith("Schedule ") ? cited : `${SHORT[provision(title)]}${cited}`;
}

/**
 * The legislation.gov.uk address for an Act or regulation, and for the provision cited where one
 * is given ("26B", "26(6)(a)" → section 26; "Schedule 5 paragraph 5(2)" → paragraph 5 of
 * Schedule 5); `exact` is false for a title search on a title the table does not know.
 */
export function legislationLink(title: string, cited?: string): { href: string; exact: boolean } {
  const id = identifier(title);
  if (id === undefined) return { href: `${SITE}/all?title=${encodeURIComponent(title.trim())}`, exact: false };
  const schedule = SCHEDULE.exec(cited ?? "");
  if (schedule) {
    const paragraph = schedule[2] === undefined ? "" : `/paragraph/${schedule[2]}`;
    return { href: `${SITE}/${id}/schedule/${schedule[1]}${paragraph}`, exact: true };
  }
  const number = /^\s*(\d{1,4}[A-Z]{0,3})(?![a-z\d])/.exec(cited ?? "")?.[1];
  if (number !== undefined) return { href: `${SITE}/${id}/${provision(title)}/${number}`, exact: true };
  return { href: id.startsWith("eur/") ? `${SITE}/${id}/contents` : `${SITE}/${id}`, exact: true };
}
