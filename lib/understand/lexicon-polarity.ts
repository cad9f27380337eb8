/**
 * General opinion vocabulary beyond customer service: adjectives, verbs and nouns of judgement in France and Québec
 * French and in English, so comments about news, causes and products are read too. Written from language knowledge
 * (no data set); folded, see lexicon.ts for the entry syntax. lexicon-sentiment.ts entries override these.
 */
import { weighted } from './lexicon';

export const MORE_POLARITY = weighted([
  // French, positive: judgement adjectives and their feminine/plural forms through prefixes
  [2, `admirable|brillant*|captivant*|charmant*|delicieu*|eblouissant*|enthousias*|epatant*|exemplaire|fascinant*|genereu*|gratifiant*|ingenieux|ingenieuse|inspirant*|magique|passionnant*|prodigieu*|radieu*|ravissant*|rejoui*|savoureu*|somptueu*|spectaculaire|talentueu*|benefique*|bienfait*|triomph*|applaudi*|kiff*|trop fort|youpi|trippant*|lache pas|lachez pas|bonne nouvelle|bonnes nouvelles|ca fait du bien|plein d' espoir|victoire|ravi*|heureu*|joyeu*|trop classe|de reve|parfait*`],
  [1.5, `agreabl*|aimabl*|confortabl*|convivial*|courageu*|elegant*|harmonieu*|honnete*|intelligent*|optimis*|paisibl*|pertinent*|plaisant*|precieu*|rassurant*|reconfort*|respectueu*|serein*|stimulant*|touchant*|vertueu*|avancee*|progres|salue|saluer|saluons|enchante*|de ouf|gg|le fun|tripper|smatte|bonne affaire|vaut la peine|vaut le coup|pas pire|tant mieux|bon plan|bonne continuation|reussi*|fier*|emouv*|joli*|la classe|plait|bonne annee|marrant*|hilarant*`],
  [1, `audacieu*|creati*|dynamique|lumineu*|sage|sain|saine|solide|valable|celebr*|inspir*|preserv*|heureusement|combl*|enorme|respect|bisous|calin*|chill|pas si pire|pas si mal|bien fait|gagn*|aidant|emu*|rigol*|chic|bonne soiree|bon weekend|bonne fin de semaine`],
  [2.5, `fabuleu*|sensationnel*|emerveill*|bon boulot|coup de coeur|merveilleu*|excellen*|formidabl*`],
  [0.5, `espere|souhait*|mieux que`],
  [0.3, `merci d' avance|merci par avance`],
  [0, `s' il vous plait|s' il te plait`],
  // What is good to have or to be (French and English)
  [1.5, `champion*|heros|genie|trop mignon|atout*|tresor|perle|paix|hero|heroes|genius|treasure|winning|wins`],
  [2.5, `magistral*|grandiose`],
  [1, `opportunit*|avantage*|benefice*|cadeau*|fete|benevole*|liberte|dignite|advantage*|benefit*|gift|peace`],
  [2, `joyau|gem`],
  [0.5, `accessible|rentable|promo`],
  // French, negative: judgement, harm and distress
  [-2.5, `affligeant*|conster*|deception|deceptions|devast*|effroyabl*|emmerd*|exasper*|ignoble|immonde|irresponsabl*|navrant*|odieu*|pathetique*|revoltant*|trahi*|fiasco|menteu*|honteu*|scandaleu*|decevant*|mecontent*|lamentabl*|pitoyabl*|epouvantabl*|deplorabl*|insupportabl*|horribl*|nul|pire|ras le bol|n' importe quoi|c' est nul|escroq*`],
  [-1.5, `amer|amere|anormal*|condamn*|contamin*|coupabl*|cynique*|cynisme|degrad*|delabr*|douteu*|ennui*|facheu*|folie|illegal*|inegalit*|inquietude*|inadapte*|insuffisan*|laxis*|manipul*|negati*|penurie*|perturb*|precair*|problematique|tromp*|nuisanc*|chial*|denonc*|pleur*|redout*|guerre|morts|deces|blesse*|accident*|incendie*|inond*|pauvret*|austerit*|inquiet*|peur*|pas terrible|anerie*|domage|pas a mon gout|pas a son gout|boude*|bien du mal|comprends pas|comprend pas|pas top|pas genial|bof bof|tant pis`],
  [-2, `arrogan*|attrist*|barbare|bacl*|brutal*|cata|chaos|chaotique|choquant*|choque*|cruel*|desesp*|detresse|effray*|egois*|ennuyeu*|faillite|fleau*|gachis|gache*|grotesque|hypocri*|humili*|incapabl*|incoheren*|inefficac*|insense*|maltrait*|mechant*|mediocr*|misere*|miserabl*|nefaste*|penibl*|pietre*|revolt*|ruine*|saccag*|sinistre|vulgaire|violen*|vomi*|nuisibl*|foutu*|denigr*|ment|mentent|attentat*|famine|terribl*|marre|ca craint`],
  [-1, `desol*|difficil*|difficult*|faible*|sombre|zut|maudit*|perd*|secheresse|crain*|pauvres|annul*|altere*|pas fou`],
  [-3, `impardonnable|intolerable|inadmissibl*|inacceptabl*|trop nul|du grand n' importe quoi|quelle honte|a vomir`],
  [-0.5, `peine`],
  // Stance and news valence (French and English): what is welcomed or deplored, said with verbs of progress or loss
  [1.5, `oui a|oui au|oui aux|yes to|vive le|vive la|vive les|revolutionn*`],
  [-1.5, `non a|non au|non aux|no to|recul*|derap*|abandon*|chute*|conflit*`],
  [-2, `say no to|dites non|disons non|echec*|malediction`],
  [1, `adopte*|valide*|approuv*|promouv*|soutien*|soutenir|soutenu*|renforc*|favoris*|capable de`],
  [2, `premiere mondiale`],
  [-1, `supprim*|suspen*|bloqu*|interdi*|doute*|manque*|extreme*|renonc*|refus*|rate*|coule*|plonge*|critiqu*|accus*|polemiqu*|tension*|proteste*`],
  [-0.5, `taxe*|baisse*|hausse*|manif*`],
  // Swearing vents more often than it cheers (Québec sacres included)
  [-2, `fuck|fml`],
  [-2.5, `fucked`],
  [-1, `tabarnak|tabarnac|criss|crisse|calisse|osti|ostie|esti|ciboire|sacrament`],
  [-1.5, `putain`],
  // ...but "bon en tabarnak" is "very good": after "en", a sacre only intensifies
  [0, `en tabarnak|en tabarnac|en criss|en crisse|en calisse|en osti|en ostie|en esti|en ciboire|en sacrament`],
  [-2.5, `fdp|ta gueule|scandal`],
  [-3, `ferme ta gueule`],
  [-2, `merde|collapse`],
  [1, `approved`],
  [2, `breakthrough|achievement`],
  [1.5, `milestone|celebrat*`],
  [-1.5, `crisis`],
  [-1, `protest*|banned|blocked|suspended`],
  // English, positive
  [0.3, `thanks in advance|thank you in advance`],
  [2, `favorit*|favourit*|fave|incredible|gorgeous|pleasant|courteous|attentive|accommodating|seamless|hassle free|impressive|woohoo|hooray|blessed|worth it|well deserved`],
  [2.5, `stellar|phenomenal|terrific|fabulous|top notch|class act|thankful|so good|so much fun|nice job`],
  [1.5, `responsive|efficient|painless|reliable|comfortable|comfy|lucky|cute|pleasure`],
  [1, `cheers|funny|on time|upgrade*|helped`],
  [0.5, `early`],
  [3, `made my day|great job`],
  // English, negative
  [-2, `destroy*|janky|don't like|dont like|didn't like|didnt like|poorly|terribly|horribly|misinform*|lies|stolen|stink*|nasty|overpriced|hidden fees|overbooked|oversold|missed connection|careless|ignored|ignoring|unanswered|unreachable|unreliable|hopeless|pointless|nonsense|bs|dislike|irritat*|sucky|shady|greedy|greed|insult*|yelled|screwup|no help|no response|no answer|no reply|hung up|are you kidding|not cool|not ok|not okay|lost my|lost our|missing bag|missing luggage|damaged|still waiting|waste of`],
  [-1.5, `wonky|doesn't like|doesnt like|unfortunately|sadly|bummer|sigh|yikes|ridiculously|insane|confusing|cramped|exhausted|penalty|downgrad*|bumped|declined|denied|refused|lose|losing|loses|helpless|regret|problematic|boring|incorrect|wrong|mistake|mistakes|glitch|glitchy|buggy|unable|impossible|so much for|hold time|hold times`],
  [-1, `nope|crazy|confused|sick|tired|expensive|fees|diverted|unavailable|zero|complicated|meh|come on`],
  [-2.5, `liar*|fraud|robbed|stranded|incompetence|negligen*|disaster|disastrous|bullshit|dissatisfied|unsatisfied|unhappy|displeased|sucked|gouging|rudely|never again|not happy|what a joke|not impressed`],
  [-0.5, `fee|rip`],
  [-3, `infuriat*|livid|outraged|not acceptable|thanks for nothing`],
  [-3.5, `worst ever`],
  [2, `thanks so much for`],
  [2.5, `thank you so much for|couldn't ask for more|can't ask for more|could not ask for more`],
  [0, `nothing but`],
  [1.5, `luckily|fortunately|thankfully`],
  [-0.3, `at all`],
]);
