/**
 * The areas a story of care can name: coarse on purpose, never a postcode, a town or a practice.
 * England is divided into its 42 NHS integrated care boards (ICBs); Wales and Scotland into their
 * NHS health boards. Codes are the Office for National Statistics GSS codes (ICB 2023,
 * Local Health Board 2022, Health Board 2019), so open data can be joined to official statistics.
 *
 * Social care is run by local authorities, whose areas sit inside these: a social care story is
 * filed under the ICB or health board that covers its council (local authorities are not listed
 * separately yet; see the README).
 *
 * Codes are stable: stories, organisations and open data refer to them.
 */

export type AreaKind = 'icb' | 'health-board';

export interface AreaSeed {
  code: string; // GSS code, one capital letter and 8 digits
  name: string;
  kind: AreaKind;
  nation: 'England' | 'Wales' | 'Scotland';
  region: string; // NHS England region, or the nation
}

const icb = (code: string, name: string, region: string): AreaSeed => ({ code, name, kind: 'icb', nation: 'England', region });
const wales = (code: string, name: string): AreaSeed => ({ code, name, kind: 'health-board', nation: 'Wales', region: 'Wales' });
const scotland = (code: string, name: string): AreaSeed => ({ code, name, kind: 'health-board', nation: 'Scotland', region: 'Scotland' });

export const AREAS: AreaSeed[] = [
  // England: integrated care boards, by NHS England region
  icb('E54000050', 'NHS North East and North Cumbria ICB', 'North East and Yorkshire'),
  icb('E54000051', 'NHS Humber and North Yorkshire ICB', 'North East and Yorkshire'),
  icb('E54000054', 'NHS West Yorkshire ICB', 'North East and Yorkshire'),
  icb('E54000061', 'NHS South Yorkshire ICB', 'North East and Yorkshire'),
  icb('E54000008', 'NHS Cheshire and Merseyside ICB', 'North West'),
  icb('E54000048', 'NHS Lancashire and South Cumbria ICB', 'North West'),
  icb('E54000057', 'NHS Greater Manchester ICB', 'North West'),
  icb('E54000010', 'NHS Staffordshire and Stoke-on-Trent ICB', 'Midlands'),
  icb('E54000011', 'NHS Shropshire, Telford and Wrekin ICB', 'Midlands'),
  icb('E54000013', 'NHS Lincolnshire ICB', 'Midlands'),
  icb('E54000015', 'NHS Leicester, Leicestershire and Rutland ICB', 'Midlands'),
  icb('E54000018', 'NHS Coventry and Warwickshire ICB', 'Midlands'),
  icb('E54000019', 'NHS Herefordshire and Worcestershire ICB', 'Midlands'),
  icb('E54000055', 'NHS Birmingham and Solihull ICB', 'Midlands'),
  icb('E54000058', 'NHS Derby and Derbyshire ICB', 'Midlands'),
  icb('E54000059', 'NHS Northamptonshire ICB', 'Midlands'),
  icb('E54000060', 'NHS Nottingham and Nottinghamshire ICB', 'Midlands'),
  icb('E54000062', 'NHS Black Country ICB', 'Midlands'),
  icb('E54000022', 'NHS Norfolk and Waveney ICB', 'East of England'),
  icb('E54000023', 'NHS Suffolk and North East Essex ICB', 'East of England'),
  icb('E54000024', 'NHS Bedfordshire, Luton and Milton Keynes ICB', 'East of England'),
  icb('E54000025', 'NHS Hertfordshire and West Essex ICB', 'East of England'),
  icb('E54000026', 'NHS Mid and South Essex ICB', 'East of England'),
  icb('E54000056', 'NHS Cambridgeshire and Peterborough ICB', 'East of England'),
  icb('E54000027', 'NHS North West London ICB', 'London'),
  icb('E54000028', 'NHS North Central London ICB', 'London'),
  icb('E54000029', 'NHS North East London ICB', 'London'),
  icb('E54000030', 'NHS South East London ICB', 'London'),
  icb('E54000031', 'NHS South West London ICB', 'London'),
  icb('E54000032', 'NHS Kent and Medway ICB', 'South East'),
  icb('E54000034', 'NHS Frimley ICB', 'South East'),
  icb('E54000042', 'NHS Hampshire and Isle of Wight ICB', 'South East'),
  icb('E54000044', 'NHS Buckinghamshire, Oxfordshire and Berkshire West ICB', 'South East'),
  icb('E54000052', 'NHS Surrey Heartlands ICB', 'South East'),
  icb('E54000053', 'NHS Sussex ICB', 'South East'),
  icb('E54000036', 'NHS Cornwall and the Isles of Scilly ICB', 'South West'),
  icb('E54000037', 'NHS Devon ICB', 'South West'),
  icb('E54000038', 'NHS Somerset ICB', 'South West'),
  icb('E54000039', 'NHS Bristol, North Somerset and South Gloucestershire ICB', 'South West'),
  icb('E54000040', 'NHS Bath and North East Somerset, Swindon and Wiltshire ICB', 'South West'),
  icb('E54000041', 'NHS Dorset ICB', 'South West'),
  icb('E54000043', 'NHS Gloucestershire ICB', 'South West'),
  // Wales: local health boards
  wales('W11000023', 'Betsi Cadwaladr University Health Board'),
  wales('W11000024', 'Powys Teaching Health Board'),
  wales('W11000025', 'Hywel Dda University Health Board'),
  wales('W11000028', 'Aneurin Bevan University Health Board'),
  wales('W11000029', 'Cardiff and Vale University Health Board'),
  wales('W11000030', 'Cwm Taf Morgannwg University Health Board'),
  wales('W11000031', 'Swansea Bay University Health Board'),
  // Scotland: NHS health boards
  scotland('S08000015', 'NHS Ayrshire and Arran'),
  scotland('S08000016', 'NHS Borders'),
  scotland('S08000017', 'NHS Dumfries and Galloway'),
  scotland('S08000019', 'NHS Forth Valley'),
  scotland('S08000020', 'NHS Grampian'),
  scotland('S08000022', 'NHS Highland'),
  scotland('S08000024', 'NHS Lothian'),
  scotland('S08000025', 'NHS Orkney'),
  scotland('S08000026', 'NHS Shetland'),
  scotland('S08000028', 'NHS Western Isles'),
  scotland('S08000029', 'NHS Fife'),
  scotland('S08000030', 'NHS Tayside'),
  scotland('S08000031', 'NHS Greater Glasgow and Clyde'),
  scotland('S08000032', 'NHS Lanarkshire'),
];

/** Looks an area up by code. */
export const AREA_BY_CODE: ReadonlyMap<string, AreaSeed> = new Map(AREAS.map((a) => [a.code, a]));
