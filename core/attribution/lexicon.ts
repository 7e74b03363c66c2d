/**
 * Small word lists the name and speaker rules lean on. Kept deliberately short and general: they describe
 * how news prose names people and bodies, not who appears in any particular article.
 */

const set = (words: string) => new Set(words.trim().split(/\s+/));

/**
 * A word list keyed by the word, with no prototype: looked up with page words, and a plain object literal
 * answers `in` and `[word]` for "constructor", "toString" or "valueOf" with Object's own functions (a
 * capitalised "Constructor" read as an honorific, a role's gender read as a function).
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/** Honorifics that say nothing but gender. */
export const HONORIFICS: Record<string, 'm' | 'f' | null> = wordTable({
  mr: 'm', 'mr.': 'm', mrs: 'f', 'mrs.': 'f', ms: 'f', 'ms.': 'f', miss: 'f', sir: 'm', dame: 'f', lord: 'm',
  lady: 'f', mx: null, 'mx.': null, dr: null, 'dr.': null, prof: null, 'prof.': null,
  // Indian honorifics ("Shri R. Venkataraman", "Smt. B. Kavitha", "Thiru K. Anand"): forms of address, not names.
  shri: 'm', 'shri.': 'm', sri: 'm', 'sri.': 'm', thiru: 'm', 'thiru.': 'm', smt: 'f', 'smt.': 'f', shrimati: 'f', srimati: 'f',
  tmt: 'f', 'tmt.': 'f', kumari: 'f', 'kum.': 'f',
});

/** Titles written before a name; they become the speaker's role. Lower-case keys, single words. */
export const TITLE_WORDS = set(`
  president premier prime minister senator sen sen. governor gov gov. mayor judge justice professor prof prof.
  dr dr. chancellor secretary ambassador commissioner inspector detective sergeant sgt sgt. officer coach
  captain capt capt. general gen gen. colonel col col. lieutenant lt lt. admiral cardinal bishop archbishop
  rabbi imam pope king queen prince princess sheikh councillor cllr alderman representative rep rep. congressman
  councilman councilwoman councilmember assemblymember selectman mayor-elect president-elect
  congresswoman assemblyman assemblywoman chairman chairwoman chair director chief executive ceo cfo coo
  superintendent constable deputy vice foreign finance health interior defence defense trade justice education
  home environment transport labour labor energy agriculture economy state attorney solicitor barrister
  spokesman spokeswoman spokesperson leader manager head editor founder vice-president mp mep pastor father
  sister brother rev rev. reverend dean provost rector principal headteacher headmaster headmistress
  opposition party union deputy-leader chief-executive commander marshal general-secretary secretary-general
  collector magistrate tehsildar
  dc ds di dci pc sp asp dsp csp acp supt supt. insp insp. det det. engr engr. arc arc. barr barr. comrade oba
  gogo baba mama alhaji alhaja
`);

/**
 * Letters after a name that say what someone is, not who ("Rebecca Thornhill KC", "Ana Ruiz MP"): taken off
 * the name into its role, so that "Ms Thornhill" later is the same person.
 */
export const POST_NOMINALS = set(`
  kc qc sc mp msp ms mla mep td obe mbe cbe kbe dbe frs phd
`);

/** Role nouns: the head of a role phrase ("the council's finance chief", "Rovers manager"). */
export const ROLE_NOUNS = set(`
  oba emir
  president premier minister senator governor mayor judge justice professor chancellor secretary ambassador
  teammate team-mate commissioner inspector detective officer coach captain general colonel councillor representative
  chairman chairwoman chair director chief executive ceo spokesman spokeswoman spokesperson leader manager head
  boss skipper member marshal sheriff coroner prosecutor ranger warden trustee treasurer clerk auditor
  superintendent constable sergeant lieutenant deputy administrator coordinator supervisor principal dean
  editor founder analyst economist lawyer attorney solicitor barrister curator negotiator winger defender striker
  goalkeeper midfielder player engineer scientist researcher historian hydrologist epidemiologist doctor nurse
  midwife teacher lecturer adviser advisor aide official diplomat strategist campaigner activist organiser
  organizer correspondent reporter columnist author writer economist investor banker trader consultant
  psychologist physician surgeon pharmacist farmer resident owner landlord tenant worker chef architect
  mother father wife husband daughter son granddaughter grandson sister brother widow widower partner
  cousin niece nephew uncle aunt grandmother grandfather friend neighbour neighbor colleague
`);

/** Role nouns that reveal gender, for pronoun resolution. */
export const GENDERED_ROLES: Record<string, 'm' | 'f'> = wordTable({
  chairman: 'm', chairwoman: 'f', spokesman: 'm', spokeswoman: 'f', mother: 'f', father: 'm', wife: 'f',
  husband: 'm', daughter: 'f', son: 'm', granddaughter: 'f', grandson: 'm', sister: 'f', brother: 'm',
  widow: 'f', widower: 'm', niece: 'f', nephew: 'm', uncle: 'm', aunt: 'f', grandmother: 'f', grandfather: 'm',
  congressman: 'm', congresswoman: 'f', businessman: 'm', businesswoman: 'f', king: 'm', queen: 'f',
  prince: 'm', princess: 'f', headmaster: 'm', headmistress: 'f', actress: 'f', girl: 'f', boy: 'm',
  woman: 'f', man: 'm',
});

/** Head words that make a capitalised name an organisation. */
export const ORG_HEADS = set(`
  authority board office ministry department agency council committee society network alliance institute
  university bank securities group company party union association club athletic rovers united city times post
  echo ledger courier gazette news herald chronicle review standard journal corp corporation inc ltd plc llc
  court police army navy commission foundation trust federation campaign programme program organisation
  organization service services insights media press fund forum centre center hospital school college
  radio fm tv television broadcasting podcast
  parliament senate congress assembly government administration coalition league partners capital holdings
  labs systems technologies airlines airways motors energy industries bureau directorate secretariat
  commission tribunal cabinet embassy consulate regime junta movement front brigade guard council exchange
  observatory laboratory lab library museum institution chamber confederation cooperative co-operative
  charity ngo ombudsman regulator watchdog unit team squad band
  therapeutics pharmaceuticals pharma biotech biosciences foods fuels oil gas mining steel electric solutions
  software logistics shipping airlines telecom telecoms communications networks semiconductor semiconductors
  motors automotive insurance investments ventures enterprises brands retail stores markets
`);

/** Lower-case nouns that refer to an organisation ("the ministry said"). */
export const ORG_NOUNS = set(`
  authority board office ministry department agency council committee society network alliance institute
  university bank company party union association club court police army commission foundation trust
  federation campaign government administration coalition league firm group business regulator watchdog
  charity hospital school college operator airline carrier retailer manufacturer insurer lender broker
  prosecutor prosecutors embassy consulate cabinet parliament senate congress presidency kremlin junta
  movement organisation organization council team club tribunal inspectorate secretariat bureau
  carmaker chipmaker automaker developer publisher broadcaster newspaper startup start-up conglomerate
  service services utility utilities inquiry panel media television consultancy
`);

/** Plural bodies speaking together ("tourism businesses", "local firms"): unnamed sources. */
export const PLURAL_BODIES = set(`
  businesses companies firms shops retailers groups unions schools hospitals charities councils agencies banks
  lenders insurers airlines manufacturers operators landlords employers authorities governments
`);

/** Words a definite "the company" may refer back to when no body with that word is named. */
export const COMPANY_WORDS = set(`company firm group business startup start-up team club carmaker chipmaker operator airline retailer developer`);

/** Nouns for people, used to recognise unnamed sources ("an aide", "officials", "one senior backbencher"). */
export const PERSON_NOUNS = set(`
  aide aides official officials individual individuals source sources spokesman spokeswoman spokesperson spokespeople diplomat
  diplomats analyst analysts observer observers critic critics opponent opponents supporter supporters
  expert experts resident residents witness witnesses insider insiders person people executive executives
  economist economists lawmaker lawmakers legislator legislators backbencher backbenchers minister ministers
  adviser advisers advisor advisors negotiator negotiators investigator investigators researcher researchers
  scientist scientists doctor doctors nurse nurses midwife midwives teacher teachers worker workers employee
  employees staffer staffers member members campaigner campaigners activist activists protester protesters
  protestors pharmacist pharmacists farmer farmers investor investors trader traders banker bankers
  lawyer lawyers prosecutor prosecutors officer officers police policeman policewoman soldier soldiers
  commander commanders engineer engineers manager managers director directors colleague colleagues friend
  friends neighbour neighbours neighbor neighbors parent parents mother father relative relatives student
  students voter voters fan fans owner owners shopkeeper shopkeepers driver drivers passenger passengers
  survivor survivors victim victims official insider confidant confidants ally allies rival rivals
  organiser organisers organizer organizers delegate delegates envoy envoys regulator regulators
  economist strategist strategists pollster pollsters historian historians commentator commentators
  executive consultant consultants bystander bystanders villager villagers local locals citizen citizens
  guard guards inspector inspectors auditor auditors clerk clerks chef patient patients customer customers
  academic academics professor professors scholar scholars planner planners architect architects
  husband wife son daughter brother sister partner widow widower
  businesses companies firms shops retailers groups unions schools hospitals charities councils agencies banks
  lenders insurers airlines manufacturers operators landlords employers
`);

/** Sentence-initial capitalised words that are never names. */
export const NOT_NAME = set(`
  the a an in on at but and yet after before during while when where as if since because although though
  according asked speaking earlier later meanwhile however still also then now today yesterday tomorrow
  last next this that these those his her its their our my your he she it they we i you one another several
  some many most more few all both each every no not none other such there here what which who whom whose why how
  outside inside despite following under over for from with without by to of into onto upon about against
  between among through across near beyond around instead besides unlike like once twice first second third
  within throughout amid amidst until towards toward along beside behind below above back elsewhere overall
  nevertheless nonetheless moreover furthermore indeed even only just so thus hence therefore
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december mr mrs ms dr prof sir dame lord lady cllr st
  please quite just note imagine consider remember let see read click thanks sorry yes no oh well
  feel find get go try take make keep ask tell check look watch listen call follow join share sign visit learn use
  was were is are did does do has have had can could would should shall might must
  former ex old senior junior acting interim shadow whatever whoever whichever what
  hours days weeks months years minutes moments seconds decades
  two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty dozens hundreds thousands
`);

/** Particles that may sit inside a name ("Alliance of Coastal States", "Ursula von Berg"). */
export const NAME_PARTICLES = set(`of for and the de del della der van von da di du le la bin bint al el ten ter y`);

/** Common given names by gender; a hint for pronouns, never the only evidence. */
const FEMALE = `
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret betty sandra
  ashley emily donna michelle carol amanda melissa deborah stephanie rebecca laura helen sharon cynthia
  kathleen amy anna ana angela ruth brenda pamela nicole katherine catherine christine samantha emma olivia
  sophia sofia sophie isabella ava mia charlotte amelia harper evelyn abigail ella grace chloe lucy lucia
  maria marie julia julie claire clara alice eva eve ingrid martina priya anita sunita fatima aisha amina
  leila layla yasmin nadia farah miriam rachel hannah leah esther rosa carmen elena irena irina olga natalia
  natasha svetlana katya anja ana lena greta heidi ursula birgit astrid sigrid freya maeve siobhan niamh
  aoife roisín róisín bríd brid orla sinead fiona morag kirsty joanna joanne jane janet joan judith diane
  marguerite margarethe francesca giulia chiara valentina ines beatriz leilani aroha mei ling xiu yan
  harriet victoria caroline louise frances rose rosemary jean jacqueline joyce gloria teresa theresa
  veronica monica wendy yvonne zoe beth bethany megan molly tanya tamara vera nina dina mira meera
  elspeth angharad nesta seren catrin rhian bethan cerys sian carys eleri ffion gwen bronwyn jacinta
  kerrie fenella marjorie felicity ayesha lakshmi kavitha meenakshi selvi deepa divya lalitha shanthi
  anneliese liesel solveig ingeborg karin kristin lene hanne mette ilka maren agnieszka katarzyna magdalena
  imogen philippa penelope georgina henrietta tabitha rosalind gillian maureen sheila brenda doreen
`;
const MALE = `
  james john robert michael william david richard joseph thomas tom charles christopher daniel matthew
  anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey
  ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander
  frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle
  walter ethan jeremy harold keith christian roger noah gerald carl terry sean austin arthur lawrence
  dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy
  vincent ralph eugene russell bobby mason philip louis ian colin graham owen rhys gareth niall sean seamus
  liam conor cormac declan ciaran martin hugh angus hamish lukas luca marco giovanni francesco hans klaus
  jurgen jörg henrik lars sven nils bjorn erik olaf pierre jean-pierre francois françois jacques
  nikolai dmitri sergei ivan igor vladimir goran milan bruno carlos miguel pablo diego javier luis
  mohammed muhammad ahmed ali omar hassan hussein kofi kwame samuel emeka chinedu ravi rahul arjun vikram
  danny jonah jonas julian ross dai tomasz joaquin joaquín yusuf dominic callum geoff geoffrey gordon marcus
  emrys owain iain dafydd gwilym aled rhodri ieuan bartholomew viktor suresh ramesh mahesh ganesh
  venkat rajan anand arun vijay sanjay manoj prakash harald magnus torsten anders jens jakob mateusz piotr
  krzysztof wojciech tobias maximilian leopold rupert crispin giles nigel clive derek trevor barry desmond

  amit sanjay wei jun hiroshi kenji takeshi victor dale owen leo simon tomas tomás
`;
export const GIVEN_NAME_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...FEMALE.trim().split(/\s+/).map((n) => [n, 'f'] as [string, 'f']),
  ...MALE.trim().split(/\s+/).map((n) => [n, 'm'] as [string, 'm']),
]);

/** Family names usually written first (Chinese, Japanese, Korean, Vietnamese, Hungarian usage). */
export const SURNAME_FIRST = set(`
  li wang zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song zheng xie han
  tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia ding wei xue ye yan pan du
  dai xia zhong tian ren fan fang shi yao tan liao zou xiong jin hao kong bai cui kang mao qiu qin gu hou shao
  meng long wan duan lei qian yin yi chang qiao lai gong wen xi hua
  sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi
  matsumoto inoue kimura hayashi shimizu abe ikeda hashimoto ishikawa ogawa okada mori fujita goto kondo
  kim lee park choi jung jeong kang cho yoon jang lim shin moon
  nguyen tran pham
`);

/** Words that end a name run even when capitalised (days, months, sentence adverbs). */
export const NAME_STOP = set(`
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August
  September October November December
`);

/** Head words of places: such names are never people, whatever their shape ("Diaoyu Islands"). */
export const PLACE_HEADS = set(`
  island islands sea ocean river mountains mountain valley bay lake street road avenue square province county
  states republic kingdom strait straits peninsula coast gulf desert forest park bridge harbour harbor port
  canal falls hills heights district region territory airport station
`);

/** Head words of news outlets: the listener or the source of a report, not "the company". */
export const MEDIA_HEADS = set(`times post news journal weekly daily monthly herald gazette courier ledger echo chronicle review tribune observer standard telegraph mail express guardian press wire`);

/**
 * Words news uses for the same post: "the Vale boss" is the club's manager, "the skipper" its captain. A role
 * phrase with the word on the left refers back to someone whose role has one on the right.
 */
export const ROLE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['boss', ['manager', 'coach', 'chief', 'executive', 'head', 'director', 'chairman', 'chairwoman']],
  ['skipper', ['captain']],
  ['chief', ['head', 'executive', 'director']],
]);
