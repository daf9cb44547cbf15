// Generated from the doc comments of src/model/*.ts by test/model/model-docs.test.ts
// (`pnpm --filter @dhol/core docs`). Do not edit: change the comments and generate it again.
import type { ModelDoc } from './model-doc.js';

export const MODEL_DOCS: Record<string, ModelDoc> = {
  "ActivityKind": {
    "en": "What the plan lists an activity as. It says why the activity is in the plan, not how far it has come (that is `ActivityStatus`).",
    "sv": "Vad planen listar aktiviteten som. Det säger varför aktiviteten finns i planen, inte hur långt den har kommit (det säger `status`).",
    "values": {
      "ongoing": {
        "sv": "Pågående: en aktivitet som redan görs och fortsätter.",
        "en": "Ongoing: work already done that continues."
      },
      "development": {
        "sv": "Utvecklingsområde: ett identifierat område att utveckla.",
        "en": "Development area: an identified area to develop."
      },
      "new": {
        "sv": "Ny: en aktivitet som planen startar.",
        "en": "New: an activity the plan starts."
      }
    },
    "codes": [
      "ongoing",
      "development",
      "new"
    ]
  },
  "ActivityStatus": {
    "en": "Where an activity stands today. Independent of `ActivityKind`: an ongoing activity can be paused, a new one already completed.",
    "sv": "Var aktiviteten står i dag. Oberoende av `kind`: en pågående aktivitet kan vara pausad, en ny redan genomförd.",
    "values": {
      "planned": {
        "sv": "Planerad: inte påbörjad än.",
        "en": "Planned: not started yet."
      },
      "ongoing": {
        "sv": "Pågår: arbetet är igång.",
        "en": "Ongoing: the work has started."
      },
      "completed": {
        "sv": "Genomförd: arbetet är klart.",
        "en": "Completed: the work is done."
      },
      "paused": {
        "sv": "Pausad: arbetet vilar men är inte avslutat.",
        "en": "Paused: the work rests but has not ended."
      },
      "cancelled": {
        "sv": "Avbruten: arbetet avslutades utan att genomföras.",
        "en": "Cancelled: the work ended without being done."
      }
    },
    "codes": [
      "planned",
      "ongoing",
      "completed",
      "paused",
      "cancelled"
    ]
  },
  "GoalLink": {
    "en": "One link from an activity to a goal of the plan's framework. A plan may list the same activity under several delmål, in other words or as another kind (an ongoing activity under one delmål, a development area under another): `listedAs` and `kind` keep what the document says there.",
    "sv": "En koppling från en aktivitet till ett mål i planens ramverk, med planens egna ord och slag där.",
    "properties": {
      "goal": {
        "en": "The id of the goal in the plan's framework, e.g. `delmal-4`.",
        "sv": "Målets id i planens ramverk, till exempel `delmal-4`.",
        "example": "delmal-1"
      },
      "listedAs": {
        "en": "The activity's title as the plan words it under this goal, when it differs from the activity's own title.",
        "sv": "Aktivitetens rubrik så som planen skriver den under just detta mål, när den skiljer sig från aktivitetens egen.",
        "example": {
          "sv": "Besökskort"
        }
      },
      "kind": {
        "en": "What the plan lists the activity as under this goal, when it differs from the activity's `kind`.",
        "sv": "Vad planen listar aktiviteten som under just detta mål, när det skiljer sig från aktivitetens `kind`.",
        "example": "ongoing"
      }
    }
  },
  "ProgressNote": {
    "en": "A dated progress note on an activity (a lägesrapport, the short account a follow-up asks of each activity): what happened, and the activity's status from that day until the next note. The notes are the activity's history; `Activity.status` stays its current status, and validation warns when the two disagree.",
    "sv": "En daterad lägesrapport om en aktivitet: vad som hänt och aktivitetens status från den dagen.",
    "properties": {
      "date": {
        "en": "The day the note speaks for, `YYYY-MM-DD`. Two notes on one day are read in the order they are listed.",
        "sv": "Dagen rapporten gäller, `ÅÅÅÅ-MM-DD`. Två rapporter samma dag läses i den ordning de står.",
        "example": "2025-04-02"
      },
      "status": {
        "en": "The activity's status from `date` on, until the next note.",
        "sv": "Aktivitetens status från `date` och fram till nästa rapport.",
        "example": "paused"
      },
      "text": {
        "en": "What happened or was decided, in Swedish (English optional).",
        "sv": "Vad som hänt eller beslutats, på svenska (engelska valfritt).",
        "example": {
          "sv": "Pausad i väntan på lokaler.",
          "en": "Paused while waiting for premises."
        }
      },
      "reportedBy": {
        "en": "Who reported the note: the id of an organisation of the dataset.",
        "sv": "Vem som rapporterade: id för en organisation i datasetet.",
        "example": "fou-exempel"
      },
      "links": {
        "en": "Links to what the note speaks of (a report, minutes, a web page); https only.",
        "sv": "Länkar till det rapporten handlar om (en rapport, ett protokoll, en webbsida); bara https.",
        "example": [
          {
            "url": "https://example.org/exempel/kartlaggning.pdf",
            "label": {
              "sv": "Rapporten (påhittad adress)",
              "en": "The report (invented address)"
            }
          }
        ]
      }
    }
  },
  "Activity": {
    "en": "One activity of a plan: one object however many delmål it serves.",
    "sv": "En aktivitet i en plan: ett objekt, hur många delmål den än hör till.",
    "properties": {
      "id": {
        "en": "The activity's id, unique within its plan.",
        "sv": "Aktivitetens id, unikt inom planen.",
        "example": "besokskort"
      },
      "title": {
        "en": "The activity's title.",
        "sv": "Aktivitetens rubrik.",
        "example": {
          "sv": "Besökskort"
        }
      },
      "description": {
        "en": "What the activity is and does.",
        "sv": "Vad aktiviteten är och gör.",
        "example": [
          {
            "type": "paragraph",
            "text": {
              "sv": "utreda frågan djupare."
            }
          }
        ]
      },
      "goals": {
        "en": "The goals (delmål) the activity serves, at least one.",
        "sv": "Målen (delmålen) aktiviteten hör till, minst ett.",
        "example": [
          {
            "goal": "delmal-1"
          }
        ]
      },
      "kind": {
        "en": "What the plan lists the activity as; see `ActivityKind`.",
        "sv": "Vad planen listar aktiviteten som: pågående, utvecklingsområde eller ny.",
        "example": "ongoing"
      },
      "status": {
        "en": "Where the activity stands today; see `ActivityStatus`.",
        "sv": "Var aktiviteten står i dag: planerad, pågår, genomförd, pausad eller avbruten.",
        "example": "ongoing"
      },
      "responsible": {
        "en": "Who answers for the activity. Leaving it out and leaving it empty mean the same (no party is named yet), and both give the policy warning `policy.activity.no-responsible`.",
        "sv": "Vem som ansvarar för aktiviteten och med vilken roll. Att utelämna fältet och att lämna det tomt betyder samma sak (ingen part är namngiven än) och ger samma varning.",
        "example": []
      },
      "targetGroups": {
        "en": "The groups the activity is for, in the plan's words.",
        "sv": "Målgrupperna aktiviteten riktar sig till, med planens ord.",
        "example": [
          {
            "sv": "Unga vuxna 18–25 år"
          }
        ]
      },
      "links": {
        "en": "Links to more about the activity; https only.",
        "sv": "Länkar till mer om aktiviteten; bara https.",
        "example": [
          {
            "url": "https://example.org/aktivitet",
            "label": {
              "sv": "Om aktiviteten"
            }
          }
        ]
      },
      "period": {
        "en": "When the activity runs.",
        "sv": "När aktiviteten pågår.",
        "example": {
          "start": "2026",
          "end": "2026"
        }
      },
      "followUp": {
        "en": "How the activity is followed up.",
        "sv": "Hur aktiviteten följs upp.",
        "example": [
          {
            "type": "paragraph",
            "text": {
              "sv": "Följs upp i den årliga uppföljningen av planen."
            }
          }
        ]
      },
      "indicators": {
        "en": "The ids of the dataset's indicators that follow the activity up.",
        "sv": "Id för de indikatorer i datasetet som följer upp aktiviteten.",
        "example": [
          "fullgod-psykisk-halsa-unga"
        ]
      },
      "progress": {
        "en": "The activity's progress notes, oldest first by convention (readers sort them by date).",
        "sv": "Aktivitetens lägesrapporter, äldst först (läsare sorterar dem på datum).",
        "example": [
          {
            "date": "2025-08-25",
            "status": "ongoing",
            "text": {
              "sv": "Två mötesplatser öppnade på försök.",
              "en": "Two meeting places opened on trial."
            },
            "reportedBy": "foreningen-exempel"
          }
        ]
      }
    }
  },
  "AgreementParty": {
    "en": "One party to an agreement, its role and what it undertakes.",
    "sv": "En part i överenskommelsen, dess roll och vad den åtar sig.",
    "properties": {
      "organisation": {
        "en": "The id of an organisation of the dataset.",
        "sv": "Id för en organisation i datasetet.",
        "example": "valfard"
      },
      "role": {
        "en": "The party's role; see `PartyRole`.",
        "sv": "Partens roll, till exempel huvudman eller stöd.",
        "example": "owner"
      },
      "label": {
        "en": "The document's word for the role, e.g. \"huvudman\" or \"kunskaps- och processtöd\".",
        "sv": "Dokumentets ord för rollen, till exempel \"huvudman\" eller \"kunskaps- och processtöd\".",
        "example": {
          "sv": "Huvudman"
        }
      },
      "duties": {
        "en": "What the party undertakes, one item each.",
        "sv": "Vad parten åtar sig, en punkt var.",
        "example": [
          {
            "sv": "Som huvudman har Surahammars kommun ansvaret och ägarskapet för arbetet."
          }
        ]
      }
    }
  },
  "DecisionStep": {
    "en": "A step in deciding an agreement: which body decides and who signs; once done, when and by whom.",
    "sv": "Ett steg i beslutet om överenskommelsen: vilket organ som beslutar och vem som skriver under.",
    "properties": {
      "body": {
        "en": "The deciding body, as an organisation id.",
        "sv": "Det beslutande organet, som organisations-id.",
        "example": "surahammar-kommunstyrelsen"
      },
      "decision": {
        "en": "What the document says about the step.",
        "sv": "Vad dokumentet säger om steget.",
        "example": {
          "sv": "Handslaget beslutas av kommunens kommunstyrelse."
        }
      },
      "signatory": {
        "en": "The signatory's office, e.g. \"kommunstyrelsens ordförande\".",
        "sv": "Undertecknarens uppdrag, till exempel \"kommunstyrelsens ordförande\".",
        "example": {
          "sv": "kommunstyrelsens ordförande"
        }
      },
      "date": {
        "en": "The day the body decided, `YYYY-MM-DD`.",
        "sv": "Dagen organet beslutade, `ÅÅÅÅ-MM-DD`.",
        "example": "2025-09-02"
      },
      "done": {
        "en": "True once the body has decided; a step without it is pending.",
        "sv": "Sant när organet har beslutat; ett steg utan det väntar.",
        "example": true
      },
      "signedBy": {
        "en": "The name of the person who signed for the body, as the signed document gives it.",
        "sv": "Namnet på den som skrev under för organet, så som det undertecknade dokumentet anger det.",
        "example": "Kim Exempelsson"
      },
      "signedDate": {
        "en": "The day it was signed, `YYYY-MM-DD`.",
        "sv": "Dagen det skrevs under, `ÅÅÅÅ-MM-DD`.",
        "example": "2025-09-05"
      }
    }
  },
  "ServedStrategy": {
    "en": "A strategy an agreement serves: a framework in the dataset, or a document known by name.",
    "sv": "En strategi som överenskommelsen tjänar: ett ramverk i datasetet eller ett dokument som nämns vid namn.",
    "properties": {
      "title": {
        "en": "The strategy's title.",
        "sv": "Strategins titel.",
        "example": {
          "sv": "Det handlar om livet"
        }
      },
      "kind": {
        "en": "Which level the strategy is made at.",
        "sv": "Vilken nivå strategin gäller.",
        "values": {
          "national-strategy": {
            "sv": "Nationell strategi.",
            "en": "National strategy."
          },
          "regional-strategy": {
            "sv": "Regional strategi.",
            "en": "Regional strategy."
          },
          "local-strategy": {
            "sv": "Lokal strategi.",
            "en": "Local strategy."
          },
          "other": {
            "sv": "Annat styrdokument.",
            "en": "Another policy document."
          }
        },
        "codes": [
          "national-strategy",
          "regional-strategy",
          "local-strategy",
          "other"
        ],
        "example": "national-strategy"
      },
      "framework": {
        "en": "The id of the strategy's framework, when the dataset or the toolkit holds it.",
        "sv": "Id för strategins ramverk, när datasetet eller verktyget har det.",
        "example": "det-handlar-om-livet-2025"
      },
      "owner": {
        "en": "The organisation that owns the strategy, as an organisation id.",
        "sv": "Organisationen som äger strategin, som organisations-id.",
        "example": "region-vastmanland"
      },
      "abbreviation": {
        "en": "The strategy's abbreviation.",
        "sv": "Strategins förkortning.",
        "example": "RUS"
      },
      "note": {
        "en": "The document's own words about the strategy.",
        "sv": "Dokumentets egna ord om strategin.",
        "example": {
          "sv": "Nationell strategi för psykisk hälsa och suicidprevention, antagen av regeringen år 2025."
        }
      }
    }
  },
  "Governance": {
    "en": "How the work under an agreement is led.",
    "sv": "Hur arbetet under överenskommelsen leds.",
    "properties": {
      "coordinator": {
        "en": "Who coordinates the work, and who appoints the coordinator.",
        "sv": "Vem som samordnar arbetet och vem som utser samordnaren.",
        "properties": {
          "appointedBy": {
            "en": "The organisation that appoints the coordinator, as an organisation id.",
            "sv": "Organisationen som utser samordnaren, som organisations-id.",
            "example": "surahammars-kommun"
          },
          "description": {
            "en": "The document's words about the coordinator.",
            "sv": "Dokumentets ord om samordnaren.",
            "example": {
              "sv": "Surahammars kommun ansvarar för att … en samordnare för handslaget tillsätts. Det operativa planeringsarbetet sköts av samordnaren i Surahammars kommun."
            }
          }
        },
        "example": {
          "appointedBy": "surahammars-kommun",
          "description": {
            "sv": "Surahammars kommun ansvarar för att … en samordnare för handslaget tillsätts. Det operativa planeringsarbetet sköts av samordnaren i Surahammars kommun."
          }
        }
      },
      "steeringGroup": {
        "en": "The steering group, in the document's words.",
        "sv": "Styrgruppen, med dokumentets ord.",
        "example": {
          "sv": "Surahammars kommun ansvarar för att skapa förutsättningar för att få tillgång till styrgrupp, arbetsgrupper och chefer."
        }
      },
      "workingGroups": {
        "en": "The working groups, in the document's words.",
        "sv": "Arbetsgrupperna, med dokumentets ord.",
        "example": {
          "sv": "Surahammars kommun ansvarar för att skapa förutsättningar för att få tillgång till styrgrupp, arbetsgrupper och chefer."
        }
      },
      "text": {
        "en": "The document's own text about how the work is led.",
        "sv": "Dokumentets egen text om hur arbetet leds.",
        "example": [
          {
            "type": "heading",
            "text": {
              "sv": "Beslutsprocess"
            }
          }
        ]
      }
    }
  },
  "Baseline": {
    "en": "Figures an agreement starts from: observations in the dataset, picked by indicator, area and period.",
    "sv": "Utgångsläget: observationer i datasetet, valda efter indikator, område och period.",
    "properties": {
      "area": {
        "en": "The area the figures are for.",
        "sv": "Området siffrorna gäller.",
        "example": "1907"
      },
      "period": {
        "en": "The period the figures are for: a year or a span of years.",
        "sv": "Perioden siffrorna gäller: ett år eller ett spann av år.",
        "example": "2023"
      },
      "indicators": {
        "en": "The ids of the indicators whose figures are the baseline.",
        "sv": "Id för de indikatorer vars siffror är utgångsläget.",
        "example": [
          "fullgod-psykisk-halsa-unga"
        ]
      },
      "text": {
        "en": "The document's own words about the baseline.",
        "sv": "Dokumentets egna ord om utgångsläget.",
        "example": [
          {
            "type": "paragraph",
            "text": {
              "sv": "År 2023 hade 48% av ungdomarna i Surahammar fullgod psykisk hälsa. Resultatet visar skillnader mellan tjejer och killar, där 44% av tjejerna och 52% av killarna hade fullgod psykisk hälsa. Även om ungdomar i Surahammar generellt ligger något bättre till än länssnittet visar resultaten att det finns ett tydligt lokalt utvecklingsbehov då måttet av psykisk påfrestning visar att många unga upplever en belastande livssituation, särskilt tjejer där andelen uppgår till 74%, jämfört med 48% bland killar."
            }
          }
        ]
      }
    }
  },
  "AgreementStatus": {
    "en": "Where an agreement stands: `draft` (being written), `decided` (every body has decided), `signed` (every signature is in), `in-progress` (the work is under way) and `ended`.",
    "sv": "Var överenskommelsen står.",
    "values": {
      "draft": {
        "sv": "Utkast: skrivs fortfarande.",
        "en": "Draft: still being written."
      },
      "decided": {
        "sv": "Beslutad: alla organ har beslutat.",
        "en": "Decided: every body has decided."
      },
      "signed": {
        "sv": "Undertecknad: alla underskrifter finns.",
        "en": "Signed: every signature is in."
      },
      "in-progress": {
        "sv": "Pågår: arbetet är igång.",
        "en": "In progress: the work is under way."
      },
      "ended": {
        "sv": "Avslutad.",
        "en": "Ended."
      }
    },
    "codes": [
      "draft",
      "decided",
      "signed",
      "in-progress",
      "ended"
    ]
  },
  "CheckIn": {
    "en": "A check-in (avstämning): a meeting where the parties \"löpande stämma av inriktning, förväntningar och nästa steg\", with who took part, what they agreed and the next steps.",
    "sv": "En avstämning mellan parterna: vilka som deltog, vad de kom överens om och nästa steg.",
    "properties": {
      "date": {
        "en": "The day of the meeting, `YYYY-MM-DD`.",
        "sv": "Mötesdagen, `ÅÅÅÅ-MM-DD`.",
        "example": "2025-11-12"
      },
      "participants": {
        "en": "The organisations that took part, as ids of the dataset.",
        "sv": "Organisationerna som deltog, som id i datasetet.",
        "example": [
          "exempelkommunen"
        ]
      },
      "agreed": {
        "en": "What the parties agreed, one item each.",
        "sv": "Vad parterna kom överens om, en punkt var.",
        "example": [
          {
            "sv": "Arbetet börjar med skolan och elevhälsan.",
            "en": "The work starts with schools and pupil health."
          }
        ]
      },
      "nextSteps": {
        "en": "The next steps, one item each.",
        "sv": "Nästa steg, en punkt var.",
        "example": [
          {
            "sv": "Nästa avstämning i februari 2027.",
            "en": "Next check-in in February 2027."
          }
        ]
      },
      "note": {
        "en": "Anything else about the meeting.",
        "sv": "Övrigt om mötet.",
        "example": {
          "sv": "Föreningen Exempel bjuds in till nästa avstämning.",
          "en": "Föreningen Exempel is invited to the next check-in."
        }
      }
    }
  },
  "Agreement": {
    "en": "An agreement between organisations, such as a handslag between a municipality and its region.",
    "sv": "En överenskommelse mellan organisationer, till exempel ett handslag mellan en kommun och dess region.",
    "properties": {
      "id": {
        "en": "The agreement's id, unique in the dataset.",
        "sv": "Överenskommelsens id, unikt i datasetet.",
        "example": "surahammar-handslag"
      },
      "kind": {
        "en": "What kind of agreement it is.",
        "sv": "Vilket slags överenskommelse det är.",
        "values": {
          "handslag": {
            "sv": "Handslag inom Det handlar om livet, mellan en kommun och dess region.",
            "en": "A handslag under Det handlar om livet, between a municipality and its region."
          },
          "agreement": {
            "sv": "En annan överenskommelse.",
            "en": "Another kind of agreement."
          }
        },
        "codes": [
          "handslag",
          "agreement"
        ],
        "example": "handslag"
      },
      "title": {
        "en": "The agreement's title.",
        "sv": "Överenskommelsens titel.",
        "example": {
          "sv": "Handslag: Det handlar om livet"
        }
      },
      "subtitle": {
        "en": "The agreement's subtitle.",
        "sv": "Överenskommelsens undertitel.",
        "example": {
          "sv": "Surahammars kommun och Region Västmanland"
        }
      },
      "status": {
        "en": "Where the agreement stands; see `AgreementStatus`.",
        "sv": "Var överenskommelsen står: utkast, beslutad, undertecknad, pågår eller avslutad.",
        "example": "in-progress"
      },
      "scope": {
        "en": "The areas the agreement covers, as area codes.",
        "sv": "Områdena överenskommelsen gäller, som områdeskoder.",
        "example": [
          "1907"
        ]
      },
      "initiatedBy": {
        "en": "Who took the initiative, as an organisation id.",
        "sv": "Vem som tog initiativet, som organisations-id.",
        "example": "surahammars-kommun"
      },
      "parties": {
        "en": "The parties, at least two.",
        "sv": "Parterna, minst två.",
        "example": [
          {
            "organisation": "surahammars-kommun",
            "role": "owner",
            "label": {
              "sv": "Huvudman"
            },
            "duties": [
              {
                "sv": "Som huvudman har Surahammars kommun ansvaret och ägarskapet för arbetet."
              },
              {
                "sv": "Surahammars kommun ansvarar för att skapa förutsättningar för att få tillgång till styrgrupp, arbetsgrupper och chefer samt att en samordnare för handslaget tillsätts."
              }
            ]
          },
          {
            "organisation": "valfard",
            "role": "support",
            "label": {
              "sv": "Kunskaps- och processtöd"
            },
            "duties": [
              {
                "sv": "Region Västmanland, verksamhet Välfärd bidrar med kunskaps- och processtöd under arbetet med att identifiera gap samt ta fram förslag på insatser som kan göras och hur dessa kan följas upp för att se om det ger önskat resultat."
              },
              {
                "sv": "Välfärd bidrar även med att tillhandahålla metoder och modeller för genomförande."
              }
            ]
          }
        ]
      },
      "duration": {
        "en": "How long the agreement runs.",
        "sv": "Hur länge överenskommelsen löper.",
        "base": "Validity",
        "properties": {
          "years": {
            "en": "The expected length in years when no dates are set (\"en tid om 2 år bedöms rimlig\").",
            "sv": "Den väntade längden i år när inga datum är satta (\"en tid om 2 år bedöms rimlig\").",
            "example": 2
          },
          "horizon": {
            "en": "The horizon of the wider work, e.g. handslag activities \"fram till år 2030\".",
            "sv": "Horisonten för det större arbetet, till exempel handslagsaktiviteter \"fram till år 2030\".",
            "example": "2030"
          }
        },
        "example": {
          "years": 2,
          "horizon": "2030",
          "note": {
            "sv": "En tid om 2 år bedöms rimlig för handslagets genomförande. Handslagen innebär att varje kommun och aktör identifierar och prioriterar de aktiviteter som de ska arbeta med fram till år 2030 tillsammans med Region Västmanland."
          }
        }
      },
      "background": {
        "en": "The agreement's background.",
        "sv": "Överenskommelsens bakgrund.",
        "example": [
          {
            "type": "paragraph",
            "text": {
              "sv": "Regeringen antog en nationell strategi för psykisk hälsa och suicidprevention, Det handlar om livet, år 2025. Nu påbörjas arbetet regionalt och lokalt för att implementera strategins delar."
            }
          }
        ]
      },
      "purpose": {
        "en": "The agreement's purpose.",
        "sv": "Överenskommelsens syfte.",
        "example": [
          {
            "type": "paragraph",
            "text": {
              "sv": "Syftet med handslaget är att skapa gemensamma förutsättningar för att stärka och utveckla Surahammars kommuns arbetet med psykisk hälsa och suicidprevention, med stöd av den nationella strategin Det handlar om livet. Handslaget ska bidra till gemensam riktning, stärkt samverkan och bättre förutsättningar att prioritera, genomföra och följa upp arbetet utifrån lokala behov."
            }
          }
        ]
      },
      "aim": {
        "en": "The agreement's aim.",
        "sv": "Överenskommelsens mål.",
        "example": [
          {
            "type": "paragraph",
            "text": {
              "sv": "Målet är att handslaget ska leda till ett mer sammanhållet, kunskapsbaserat och effektivt arbete kopplat till strategins (Det handlar om livets) olika delmål."
            }
          }
        ]
      },
      "implementation": {
        "en": "How the agreement is carried out.",
        "sv": "Hur överenskommelsen genomförs.",
        "example": [
          {
            "type": "paragraph",
            "text": {
              "sv": "Som huvudman har Surahammars kommun ansvaret och ägarskapet för arbetet. Vi ser att arbetet är långsiktigt, det är långa ställtider och många involverade parter, en tid om 2 år bedöms rimlig för handslagets genomförande. Det är avgörande att båda parter är överens och bestämmer ambitionsnivå samt hur mycket resurser som man vill och kan avsätta för arbetet. Arbetet kommer inledas som ett större kommunövergripande arbete med flera kommunala förvaltningar involverade, det är därmed av vikt att parterna samskapar innehållet och riktningen i arbetet vart eftersom."
            }
          }
        ]
      },
      "governance": {
        "en": "How the work is led.",
        "sv": "Hur arbetet leds.",
        "example": {
          "coordinator": {
            "appointedBy": "surahammars-kommun",
            "description": {
              "sv": "Surahammars kommun ansvarar för att … en samordnare för handslaget tillsätts. Det operativa planeringsarbetet sköts av samordnaren i Surahammars kommun."
            }
          },
          "steeringGroup": {
            "sv": "Surahammars kommun ansvarar för att skapa förutsättningar för att få tillgång till styrgrupp, arbetsgrupper och chefer."
          },
          "workingGroups": {
            "sv": "Surahammars kommun ansvarar för att skapa förutsättningar för att få tillgång till styrgrupp, arbetsgrupper och chefer."
          },
          "text": [
            {
              "type": "heading",
              "text": {
                "sv": "Beslutsprocess"
              }
            }
          ]
        }
      },
      "decisionSteps": {
        "en": "The steps in deciding the agreement.",
        "sv": "Stegen i beslutet om överenskommelsen.",
        "example": [
          {
            "body": "surahammar-kommunstyrelsen",
            "decision": {
              "sv": "Handslaget beslutas av kommunens kommunstyrelse."
            },
            "signatory": {
              "sv": "kommunstyrelsens ordförande"
            }
          }
        ]
      },
      "serves": {
        "en": "The strategies the agreement serves.",
        "sv": "Strategierna som överenskommelsen tjänar.",
        "example": [
          {
            "title": {
              "sv": "Det handlar om livet"
            },
            "kind": "national-strategy",
            "framework": "det-handlar-om-livet-2025",
            "note": {
              "sv": "Nationell strategi för psykisk hälsa och suicidprevention, antagen av regeringen år 2025."
            }
          }
        ]
      },
      "goals": {
        "en": "Goals of a framework the agreement works towards.",
        "sv": "Mål i ett ramverk som överenskommelsen arbetar mot.",
        "example": [
          {
            "framework": "det-handlar-om-livet-2025",
            "goal": "delmal-1"
          }
        ],
        "properties": {
          "framework": {
            "en": "The framework's id.",
            "sv": "Ramverkets id.",
            "example": "det-handlar-om-livet-2025"
          },
          "goal": {
            "en": "The goal's id in that framework.",
            "sv": "Målets id i det ramverket.",
            "example": "delmal-1"
          }
        }
      },
      "baseline": {
        "en": "The figures the agreement starts from.",
        "sv": "Siffrorna överenskommelsen utgår från.",
        "example": {
          "area": "1907",
          "period": "2023",
          "indicators": [
            "fullgod-psykisk-halsa-unga"
          ],
          "text": [
            {
              "type": "paragraph",
              "text": {
                "sv": "År 2023 hade 48% av ungdomarna i Surahammar fullgod psykisk hälsa. Resultatet visar skillnader mellan tjejer och killar, där 44% av tjejerna och 52% av killarna hade fullgod psykisk hälsa. Även om ungdomar i Surahammar generellt ligger något bättre till än länssnittet visar resultaten att det finns ett tydligt lokalt utvecklingsbehov då måttet av psykisk påfrestning visar att många unga upplever en belastande livssituation, särskilt tjejer där andelen uppgår till 74%, jämfört med 48% bland killar."
              }
            }
          ]
        }
      },
      "checkIns": {
        "en": "The parties' check-ins, oldest first by convention (readers sort them by date).",
        "sv": "Parternas avstämningar, äldst först (läsare sorterar dem på datum).",
        "example": [
          {
            "date": "2025-11-12",
            "participants": [
              "exempelkommunen"
            ],
            "agreed": [
              {
                "sv": "Arbetet börjar med skolan och elevhälsan.",
                "en": "The work starts with schools and pupil health."
              }
            ],
            "nextSteps": [
              {
                "sv": "Samordnaren kallar till en första arbetsgrupp.",
                "en": "The coordinator calls a first working group."
              }
            ]
          }
        ]
      }
    }
  },
  "AreaKind": {
    "en": "`country` (riket, code `00`), `lan` (a county, two digits), `kommun` (a municipality, four digits).",
    "sv": "Vilket slags område det är.",
    "values": {
      "country": {
        "sv": "Riket, kod `00`.",
        "en": "The whole country, code `00`."
      },
      "lan": {
        "sv": "Ett län, två siffror.",
        "en": "A county, two digits."
      },
      "kommun": {
        "sv": "En kommun, fyra siffror.",
        "en": "A municipality, four digits."
      }
    },
    "codes": [
      "country",
      "lan",
      "kommun"
    ]
  },
  "Area": {
    "en": "A geographic area that observations and plans refer to.",
    "sv": "Ett geografiskt område som observationer och planer hänvisar till.",
    "properties": {
      "code": {
        "en": "The area's code.",
        "sv": "Områdets kod.",
        "example": "1907"
      },
      "name": {
        "en": "The area's name.",
        "sv": "Områdets namn.",
        "example": "Surahammar"
      },
      "kind": {
        "en": "What kind of area it is; see `AreaKind`.",
        "sv": "Vilket slags område det är: riket, län eller kommun.",
        "example": "kommun"
      },
      "parent": {
        "en": "The area this one lies in: a kommun's län, a län's country.",
        "sv": "Området som detta ligger i: för en kommun dess län, för ett län riket.",
        "example": "19"
      }
    }
  },
  "Dataset": {
    "en": "One publishable document holding any of the entities.",
    "sv": "Ett publicerbart dokument med vilka delar som helst av modellen.",
    "properties": {
      "$schema": {
        "en": "The address of this format's JSON Schema, for editors that check and complete the file.",
        "sv": "Adressen till formatets JSON Schema, för redigerare som kontrollerar och kompletterar filen.",
        "example": "https://cdn.jsdelivr.net/npm/@dhol/core@0/schema/dataset.schema.json"
      },
      "formatVersion": {
        "en": "The version of the format the file is written in: `1.0`.",
        "sv": "Versionen av formatet som filen är skriven i: `1.0`.",
        "example": "1.0"
      },
      "id": {
        "en": "The dataset's id.",
        "sv": "Datasetets id.",
        "example": "surahammar-handslag"
      },
      "title": {
        "en": "The dataset's title.",
        "sv": "Datasetets titel.",
        "example": {
          "sv": "Handslag: Det handlar om livet – Surahammars kommun och Region Västmanland"
        }
      },
      "description": {
        "en": "What the dataset holds.",
        "sv": "Vad datasetet innehåller.",
        "example": {
          "sv": "Strategins vision, fyra övergripande mål, sju delmål och de prioriteringar som är kända, var och en med källa och hur säker lydelsen är (verifierad, översättning eller overifierad)."
        }
      },
      "source": {
        "en": "Where the data comes from: the document it was taken from, who publishes it, under which licence.",
        "sv": "Var datan kommer ifrån: dokumentet den är hämtad ur, vem som ger ut den och under vilken licens.",
        "example": {
          "title": {
            "sv": "Handlingsplan för psykisk hälsa och suicidprevention"
          },
          "publisher": "Exempelkommunen",
          "licence": "CC0 1.0"
        },
        "properties": {
          "title": {
            "en": "The source document's title.",
            "sv": "Källdokumentets titel.",
            "example": {
              "sv": "Handslag: Det handlar om livet. Surahammars kommun och Region Västmanland"
            }
          },
          "publisher": {
            "en": "Who publishes the source.",
            "sv": "Vem som ger ut källan.",
            "example": "Länsstyrgruppen i Sörmland"
          },
          "url": {
            "en": "Where the source document is published.",
            "sv": "Var källdokumentet är publicerat.",
            "example": "https://www.example.se/handlingsplan.pdf"
          },
          "licence": {
            "en": "The licence the data is published under.",
            "sv": "Licensen datan ges ut under.",
            "example": "CC0 1.0"
          },
          "note": {
            "en": "A note on the source, e.g. how the text was taken from it.",
            "sv": "En kommentar om källan, till exempel hur texten hämtades ur den.",
            "example": {
              "sv": "Texten är hämtad ordagrant ur det beslutade dokumentet."
            }
          }
        }
      },
      "updated": {
        "en": "The day the dataset was last updated, `YYYY-MM-DD`.",
        "sv": "Dagen datasetet senast uppdaterades, `ÅÅÅÅ-MM-DD`.",
        "example": "2026-11-30"
      },
      "fictional": {
        "en": "True when the dataset is invented, as an example or for testing: nothing in it happened and no real organisation stands behind it. Elements then show a notice saying so wherever they show the data.",
        "sv": "Sant när datasetet är påhittat, som exempel eller för test: inget i det har hänt och ingen verklig organisation står bakom det. Elementen säger det då överallt där de visar datan.",
        "example": true
      },
      "frameworks": {
        "en": "Frameworks (strategies) with their goals.",
        "sv": "Ramverk (strategier) med sina mål.",
        "example": [
          {
            "id": "lokal-strategi",
            "version": "2026",
            "title": {
              "sv": {
                "text": "Lokal strategi",
                "status": "verified",
                "source": "Kommunens beslut"
              }
            },
            "goals": [
              {
                "id": "mal-1",
                "kind": "overarching",
                "title": {
                  "sv": {
                    "text": "Mål 1",
                    "status": "verified",
                    "source": "Kommunens beslut"
                  }
                }
              }
            ]
          }
        ]
      },
      "organisations": {
        "en": "The organisations the dataset names.",
        "sv": "Organisationerna som datasetet nämner.",
        "example": [
          {
            "id": "region-sormland",
            "name": {
              "sv": "Region Sörmland"
            },
            "kind": "region",
            "area": "04"
          }
        ]
      },
      "plans": {
        "en": "Handlingsplaner (action plans).",
        "sv": "Handlingsplaner.",
        "example": [
          {
            "id": "handlingsplan-2026",
            "kind": "local",
            "title": {
              "sv": "Handlingsplan 2026"
            },
            "scope": [
              "1907"
            ],
            "framework": "det-handlar-om-livet-2025",
            "activities": []
          }
        ]
      },
      "agreements": {
        "en": "Agreements, such as handslag.",
        "sv": "Överenskommelser, till exempel handslag.",
        "example": [
          {
            "id": "handslag",
            "kind": "handslag",
            "title": {
              "sv": "Handslag"
            },
            "parties": [
              {
                "organisation": "kommunen",
                "role": "owner",
                "duties": []
              },
              {
                "organisation": "regionen",
                "role": "support",
                "duties": []
              }
            ]
          }
        ]
      },
      "indicators": {
        "en": "Indicators that follow the work up.",
        "sv": "Indikatorer som följer upp arbetet.",
        "example": [
          {
            "id": "fullgod-psykisk-halsa-unga",
            "title": {
              "sv": "Fullgod psykisk hälsa bland ungdomar"
            },
            "definition": {
              "sv": "Fullgod psykisk hälsa innebär höga nivåer av välmående, utifrån positiva känslor och att fungera väl psykologiskt och socialt."
            },
            "unit": "percent",
            "polarity": "higher-is-better",
            "aboutPeople": true,
            "population": {
              "sv": "Ungdomar"
            },
            "breakdowns": [
              "sex"
            ],
            "source": {
              "name": {
                "sv": "Handslag: Det handlar om livet. Surahammars kommun och Region Västmanland"
              }
            }
          }
        ]
      },
      "observations": {
        "en": "The indicators' figures.",
        "sv": "Indikatorernas siffror.",
        "example": [
          {
            "indicator": "fullgod-psykisk-halsa-unga",
            "area": "1907",
            "period": "2023",
            "sex": "T",
            "value": 48,
            "status": "ok"
          }
        ]
      },
      "related": {
        "en": "Ids of related datasets, for publishers that split their data.",
        "sv": "Id för relaterade dataset, för utgivare som delar upp sin data.",
        "example": [
          {
            "id": "kommunens-indikatorer",
            "url": "https://www.example.se/indikatorer.json"
          }
        ],
        "properties": {
          "id": {
            "en": "The related dataset's id.",
            "sv": "Det relaterade datasetets id.",
            "example": "kommunens-indikatorer"
          },
          "url": {
            "en": "Where the related dataset is published.",
            "sv": "Var det relaterade datasetet är publicerat.",
            "example": "https://www.example.se/indikatorer.json"
          }
        }
      },
      "extensions": {
        "en": "Open-ended extra data a publisher wants to keep; dhol carries it unchanged and never reads it.",
        "sv": "Fri extra data som en utgivare vill spara; dhol för den vidare oförändrad och läser den aldrig.",
        "example": {
          "intern-referens": "KS 2026/123"
        }
      }
    }
  },
  "VerificationStatus": {
    "en": "How sure a reference text is: `verified` (exact words found in a primary or official copy), `translation` (official English, Swedish not found), `unverified` (likely, but no primary copy read).",
    "sv": "Hur säker en referenstext är.",
    "values": {
      "verified": {
        "sv": "Kontrollerad: exakt ordalydelse funnen i ett original eller en officiell kopia.",
        "en": "Verified: the exact words found in a primary or official copy."
      },
      "translation": {
        "sv": "Översättning: officiell engelska, svenska inte funnen.",
        "en": "Translation: official English, Swedish not found."
      },
      "unverified": {
        "sv": "Okontrollerad: trolig, men inget original läst.",
        "en": "Unverified: likely, but no primary copy read."
      }
    },
    "codes": [
      "verified",
      "translation",
      "unverified"
    ]
  },
  "SourcedText": {
    "en": "One wording of a reference text in one language, with where it comes from and how sure it is.",
    "sv": "En ordalydelse av en referenstext på ett språk, med var den kommer ifrån och hur säker den är.",
    "properties": {
      "text": {
        "en": "The wording.",
        "sv": "Ordalydelsen.",
        "example": "Fewer lives lost to suicide."
      },
      "status": {
        "en": "How sure the wording is; see `VerificationStatus`.",
        "sv": "Hur säker ordalydelsen är: kontrollerad, översättning eller okontrollerad.",
        "example": "verified"
      },
      "source": {
        "en": "Where the wording comes from.",
        "sv": "Var ordalydelsen kommer ifrån.",
        "example": "Regeringens skrivelse 2024/25:77"
      },
      "version": {
        "en": "Which version of the document the wording belongs to, e.g. `2025` (adopted) or `2023-proposal`.",
        "sv": "Vilken version av dokumentet ordalydelsen hör till, till exempel `2025` (antagen) eller `2023-proposal`.",
        "example": "2025"
      },
      "note": {
        "en": "A note on the wording.",
        "sv": "En kommentar till ordalydelsen.",
        "example": "Summary of verified facts in dhol's words, not the strategy's wording."
      }
    }
  },
  "ReferenceText": {
    "en": "A reference text: each language carries its own provenance, and either may be missing (never invented).",
    "sv": "En referenstext: varje språk har sin egen källa, och vilket som helst kan saknas (aldrig påhittat).",
    "properties": {
      "sv": {
        "en": "The Swedish wording.",
        "sv": "Den svenska ordalydelsen.",
        "example": {
          "text": "Stärkt suicidpreventivt arbete",
          "status": "verified",
          "source": "Regeringens skrivelse 2024/25:77",
          "version": "2025"
        }
      },
      "en": {
        "en": "The English wording.",
        "sv": "Den engelska ordalydelsen.",
        "example": {
          "text": "Fewer lives lost to suicide.",
          "status": "translation",
          "source": "The national suicide-prevention centre's English pages",
          "version": "2025"
        }
      },
      "alternatives": {
        "en": "Other wordings, such as an earlier proposal's, kept so readers can compare.",
        "sv": "Andra ordalydelser, till exempel ett tidigare förslags, sparade så att läsare kan jämföra.",
        "base": "SourcedText",
        "properties": {
          "lang": {
            "en": "The wording's language.",
            "sv": "Ordalydelsens språk.",
            "values": {
              "sv": {
                "sv": "Svenska.",
                "en": "Swedish."
              },
              "en": {
                "sv": "Engelska.",
                "en": "English."
              }
            },
            "codes": [
              "sv",
              "en"
            ],
            "example": "sv"
          }
        },
        "example": [
          {
            "lang": "sv",
            "text": "Färre liv förlorade i suicid",
            "status": "verified",
            "source": "Folkhälsomyndigheten, Underlag till nationell strategi (2023)",
            "version": "2023-proposal"
          }
        ]
      }
    }
  },
  "GoalKind": {
    "en": "`overarching` (övergripande mål), `subgoal` (delmål), `priority` (prioritering, under a delmål).",
    "sv": "Vilket slags mål det är.",
    "values": {
      "overarching": {
        "sv": "Övergripande mål.",
        "en": "Overarching goal."
      },
      "subgoal": {
        "sv": "Delmål.",
        "en": "Sub-goal (delmål)."
      },
      "priority": {
        "sv": "Prioritering under ett delmål.",
        "en": "A priority under a delmål."
      }
    },
    "codes": [
      "overarching",
      "subgoal",
      "priority"
    ]
  },
  "Goal": {
    "en": "One goal of a framework. Goals form a tree through `parent` (a priority's parent is its delmål).",
    "sv": "Ett mål i ett ramverk. Målen bildar ett träd genom `parent` (en prioriterings förälder är dess delmål).",
    "properties": {
      "id": {
        "en": "The goal's id, which plans refer to, e.g. `delmal-4`.",
        "sv": "Målets id, som planer hänvisar till, till exempel `delmal-4`.",
        "example": "mal-1"
      },
      "kind": {
        "en": "What kind of goal it is; see `GoalKind`.",
        "sv": "Vilket slags mål det är: övergripande mål, delmål eller prioritering.",
        "example": "subgoal"
      },
      "number": {
        "en": "The number the strategy gives it, e.g. delmål 6.",
        "sv": "Numret strategin ger målet, till exempel delmål 6.",
        "example": 1
      },
      "parent": {
        "en": "The id of the goal this one lies under.",
        "sv": "Id för målet som detta ligger under.",
        "example": "delmal-3"
      },
      "title": {
        "en": "The goal's wording.",
        "sv": "Målets lydelse.",
        "example": {
          "sv": {
            "text": "Stärkt suicidpreventivt arbete",
            "status": "verified",
            "source": "Regeringens skrivelse 2024/25:77",
            "version": "2025"
          }
        }
      },
      "description": {
        "en": "More about the goal.",
        "sv": "Mer om målet.",
        "example": {
          "sv": {
            "text": "Beskrivningen av målet.",
            "status": "unverified",
            "source": "Exempel"
          }
        }
      }
    }
  },
  "Framework": {
    "en": "A strategy as data: vision and goal tree, versioned. A later revision is published as a new framework whose `supersedes` maps the old goal ids to new ones.",
    "sv": "En strategi som data: vision och målträd, versionerad.",
    "properties": {
      "id": {
        "en": "The framework's id, which plans refer to.",
        "sv": "Ramverkets id, som planer hänvisar till.",
        "example": "det-handlar-om-livet-2025"
      },
      "version": {
        "en": "The framework's version.",
        "sv": "Ramverkets version.",
        "example": "2025"
      },
      "title": {
        "en": "The strategy's title.",
        "sv": "Strategins titel.",
        "example": {
          "sv": {
            "text": "Det handlar om livet – nationell strategi inom området psykisk hälsa och suicidprevention",
            "status": "verified",
            "source": "Regeringens skrivelse 2024/25:77",
            "version": "2025"
          }
        }
      },
      "shortTitle": {
        "en": "A short name for the strategy.",
        "sv": "Ett kort namn på strategin.",
        "example": {
          "sv": "Det handlar om livet"
        }
      },
      "publication": {
        "en": "Where the strategy was decided and published, e.g. \"Regeringens skrivelse 2024/25:77\".",
        "sv": "Var strategin beslutades och publicerades, till exempel \"Regeringens skrivelse 2024/25:77\".",
        "example": {
          "sv": {
            "text": "Regeringens skrivelse 2024/25:77 (Socialdepartementet)",
            "status": "verified",
            "source": "Regeringens skrivelse 2024/25:77",
            "version": "2025"
          }
        }
      },
      "decided": {
        "en": "The day the strategy was decided, `YYYY-MM-DD`.",
        "sv": "Dagen strategin beslutades, `ÅÅÅÅ-MM-DD`.",
        "example": "2024-12-19"
      },
      "published": {
        "en": "The day the strategy was published, `YYYY-MM-DD`.",
        "sv": "Dagen strategin publicerades, `ÅÅÅÅ-MM-DD`.",
        "example": "2025-01-10"
      },
      "period": {
        "en": "The years the strategy covers.",
        "sv": "Åren strategin omfattar.",
        "properties": {
          "start": {
            "en": "The first year.",
            "sv": "Första året.",
            "example": 2025
          },
          "end": {
            "en": "The last year.",
            "sv": "Sista året.",
            "example": 2034
          }
        },
        "example": {
          "start": 2025,
          "end": 2034
        }
      },
      "vision": {
        "en": "The strategy's vision.",
        "sv": "Strategins vision.",
        "example": {
          "sv": {
            "text": "Ett samhälle som främjar en god och jämlik psykisk hälsa i hela befolkningen och där ingen bör hamna i en så utsatt situation att den enda utvägen upplevs vara självmord",
            "status": "verified",
            "source": "Regeringens skrivelse 2024/25:77",
            "version": "2025",
            "note": "Förslaget från 2023 har en annan lydelse av visionen; den antagna lydelsen är denna."
          }
        }
      },
      "goals": {
        "en": "The strategy's goals, as a tree through `parent`.",
        "sv": "Strategins mål, som ett träd genom `parent`.",
        "example": [
          {
            "id": "mal-1",
            "kind": "overarching",
            "number": 1,
            "title": {
              "en": {
                "text": "Improved mental health across the entire population.",
                "status": "translation",
                "source": "The national suicide-prevention centre's English pages",
                "version": "2025"
              },
              "alternatives": [
                {
                  "lang": "sv",
                  "text": "En förbättrad psykisk hälsa i hela befolkningen",
                  "status": "verified",
                  "source": "Folkhälsomyndigheten, Underlag till nationell strategi (2023)",
                  "version": "2023-proposal"
                }
              ]
            }
          }
        ]
      },
      "notes": {
        "en": "Notes on the framework as a whole, such as how it is followed up.",
        "sv": "Kommentarer till ramverket som helhet, till exempel hur det följs upp.",
        "example": [
          {
            "sv": {
              "text": "Strategin följs upp årligen.",
              "status": "unverified",
              "source": "Exempel"
            }
          }
        ]
      },
      "links": {
        "en": "Links to more about the strategy.",
        "sv": "Länkar till mer om strategin.",
        "example": [
          {
            "url": "https://www.example.se/strategi",
            "label": {
              "sv": "Strategin"
            }
          }
        ],
        "properties": {
          "url": {
            "en": "The address; only `https:` is shown as a link.",
            "sv": "Adressen; bara `https:` visas som länk.",
            "example": "https://www.example.se/strategi"
          },
          "label": {
            "en": "The link's text.",
            "sv": "Länkens text.",
            "example": {
              "sv": "Strategin"
            }
          }
        }
      },
      "supersedes": {
        "en": "The earlier framework this one replaces, and how its goals map to the new ones.",
        "sv": "Det tidigare ramverk som detta ersätter och hur dess mål motsvaras av de nya.",
        "example": {
          "framework": "strategi-2016",
          "version": "2016",
          "goalMap": {
            "mal-1": [
              "delmal-1"
            ]
          }
        },
        "properties": {
          "framework": {
            "en": "The replaced framework's id.",
            "sv": "Det ersatta ramverkets id.",
            "example": "strategi-2016"
          },
          "version": {
            "en": "The replaced framework's version.",
            "sv": "Det ersatta ramverkets version.",
            "example": "2016"
          },
          "goalMap": {
            "en": "Each old goal id with the new goal ids that take its place.",
            "sv": "Varje gammalt mål-id med de nya mål-id som ersätter det.",
            "example": {
              "mal-1": [
                "delmal-1"
              ]
            }
          }
        }
      }
    }
  },
  "IndicatorUnit": {
    "en": "`percent` is a share 0–100; `per100k` a rate per 100 000 inhabitants.",
    "sv": "Indikatorns enhet.",
    "values": {
      "percent": {
        "sv": "Procent, en andel 0–100.",
        "en": "Percent, a share 0–100."
      },
      "per100k": {
        "sv": "Per 100 000 invånare.",
        "en": "Per 100,000 inhabitants."
      },
      "per1000": {
        "sv": "Per 1 000 invånare.",
        "en": "Per 1,000 inhabitants."
      },
      "count": {
        "sv": "Antal.",
        "en": "A count."
      },
      "rate": {
        "sv": "Annan kvot.",
        "en": "Another rate."
      },
      "index": {
        "sv": "Index.",
        "en": "An index."
      },
      "days": {
        "sv": "Dagar.",
        "en": "Days."
      },
      "other": {
        "sv": "Annan enhet, beskriven i `unitLabel`.",
        "en": "Another unit, described in `unitLabel`."
      }
    },
    "codes": [
      "percent",
      "per100k",
      "per1000",
      "count",
      "rate",
      "index",
      "days",
      "other"
    ]
  },
  "Polarity": {
    "en": "Which direction is better; drives wording (\"better\"/\"worse\", never \"up\"/\"down\").",
    "sv": "Vilket håll som är bättre; styr orden (\"bättre\"/\"sämre\", aldrig \"upp\"/\"ner\").",
    "values": {
      "higher-is-better": {
        "sv": "Högre är bättre.",
        "en": "Higher is better."
      },
      "lower-is-better": {
        "sv": "Lägre är bättre.",
        "en": "Lower is better."
      },
      "neutral": {
        "sv": "Varken högre eller lägre är bättre.",
        "en": "Neither direction is better."
      }
    },
    "codes": [
      "higher-is-better",
      "lower-is-better",
      "neutral"
    ]
  },
  "Sex": {
    "en": "T (totalt, both sexes), K (kvinnor/flickor), M (män/pojkar), as Swedish statistics write them.",
    "sv": "Kön, så som svensk statistik skriver det.",
    "values": {
      "T": {
        "sv": "Totalt, båda könen.",
        "en": "Total, both sexes."
      },
      "K": {
        "sv": "Kvinnor eller flickor.",
        "en": "Women or girls."
      },
      "M": {
        "sv": "Män eller pojkar.",
        "en": "Men or boys."
      }
    },
    "codes": [
      "T",
      "K",
      "M"
    ]
  },
  "Indicator": {
    "en": "A measure that follows the work up, such as the share of young people with good mental health.",
    "sv": "Ett mått som följer upp arbetet, till exempel andelen unga med god psykisk hälsa.",
    "properties": {
      "id": {
        "en": "The indicator's id, which observations refer to.",
        "sv": "Indikatorns id, som observationerna hänvisar till.",
        "example": "psykisk-pafrestning-unga"
      },
      "title": {
        "en": "The indicator's name.",
        "sv": "Indikatorns namn.",
        "example": {
          "sv": "Psykisk påfrestning bland unga"
        }
      },
      "description": {
        "en": "What the indicator shows.",
        "sv": "Vad indikatorn visar.",
        "example": {
          "sv": "Andelen elever som uppger att de mår bra."
        }
      },
      "definition": {
        "en": "How the indicator is defined: what is counted, and of whom.",
        "sv": "Hur indikatorn är definierad: vad som räknas och bland vilka.",
        "example": {
          "sv": "Fullgod psykisk hälsa innebär höga nivåer av välmående, utifrån positiva känslor och att fungera väl psykologiskt och socialt."
        }
      },
      "unit": {
        "en": "The unit of the values; see `IndicatorUnit`.",
        "sv": "Värdenas enhet: procent, per 100 000 invånare, antal och så vidare.",
        "example": "percent"
      },
      "unitLabel": {
        "en": "The unit in words, when the unit alone does not say it.",
        "sv": "Enheten i ord, när enheten inte säger det själv.",
        "example": {
          "sv": "poäng"
        }
      },
      "decimals": {
        "en": "How many decimals to show.",
        "sv": "Hur många decimaler som visas.",
        "example": 1
      },
      "polarity": {
        "en": "Which direction is better; see `Polarity`.",
        "sv": "Vilket håll som är bättre: högre, lägre eller inget.",
        "example": "lower-is-better"
      },
      "aboutPeople": {
        "en": "Whether the indicator counts people, so that a split by sex is expected.",
        "sv": "Om indikatorn räknar personer, så att en uppdelning på kön väntas.",
        "example": true
      },
      "population": {
        "en": "Whom the indicator counts.",
        "sv": "Vilka indikatorn räknar.",
        "example": {
          "sv": "Unga"
        }
      },
      "breakdowns": {
        "en": "The ways the figures are split.",
        "sv": "Hur siffrorna är uppdelade.",
        "values": {
          "sex": {
            "sv": "Kön.",
            "en": "Sex."
          },
          "age": {
            "sv": "Ålder.",
            "en": "Age."
          },
          "area": {
            "sv": "Område.",
            "en": "Area."
          },
          "period": {
            "sv": "Period.",
            "en": "Period."
          }
        },
        "codes": [
          "sex",
          "age",
          "area",
          "period"
        ],
        "example": [
          "sex"
        ]
      },
      "source": {
        "en": "Where the figures come from.",
        "sv": "Var siffrorna kommer ifrån.",
        "properties": {
          "name": {
            "en": "The source's name.",
            "sv": "Källans namn.",
            "example": {
              "sv": "Handslag: Det handlar om livet. Surahammars kommun och Region Västmanland"
            }
          },
          "publisher": {
            "en": "Who publishes the source.",
            "sv": "Vem som ger ut källan.",
            "example": "Folkhälsomyndigheten"
          },
          "url": {
            "en": "Where the source is published.",
            "sv": "Var källan är publicerad.",
            "example": "https://www.example.se/statistik"
          },
          "externalId": {
            "en": "The source's own id, e.g. a Kolada KPI such as N33820 or a PxWeb table.",
            "sv": "Källans eget id, till exempel ett nyckeltal i Kolada som N33820 eller en tabell i PxWeb.",
            "example": "N33820"
          }
        },
        "example": {
          "name": {
            "sv": "Handslag: Det handlar om livet. Surahammars kommun och Region Västmanland"
          }
        }
      },
      "licence": {
        "en": "The licence the figures are published under.",
        "sv": "Licensen siffrorna ges ut under.",
        "example": "CC BY 4.0"
      },
      "updated": {
        "en": "The day the indicator's figures were last updated, `YYYY-MM-DD`.",
        "sv": "Dagen indikatorns siffror senast uppdaterades, `ÅÅÅÅ-MM-DD`.",
        "example": "2026-03-01"
      },
      "goals": {
        "en": "The goals of a framework the indicator follows up.",
        "sv": "Målen i ett ramverk som indikatorn följer upp.",
        "example": [
          {
            "framework": "det-handlar-om-livet-2025",
            "goal": "delmal-1"
          }
        ],
        "properties": {
          "framework": {
            "en": "The framework's id.",
            "sv": "Ramverkets id.",
            "example": "det-handlar-om-livet-2025"
          },
          "goal": {
            "en": "The goal's id in that framework.",
            "sv": "Målets id i det ramverket.",
            "example": "delmal-1"
          }
        }
      },
      "target": {
        "en": "A target value the work aims for.",
        "sv": "Ett målvärde som arbetet siktar mot.",
        "example": {
          "value": 75,
          "period": "2030"
        },
        "properties": {
          "value": {
            "en": "The target value, in the indicator's unit.",
            "sv": "Målvärdet, i indikatorns enhet.",
            "example": 75
          },
          "period": {
            "en": "The period the target is for.",
            "sv": "Perioden målet gäller.",
            "example": "2030"
          },
          "label": {
            "en": "The target in words.",
            "sv": "Målet i ord.",
            "example": {
              "sv": "Minst tre av fyra"
            }
          }
        }
      }
    }
  },
  "ObservationStatus": {
    "en": "`ok`; `suppressed` (hidden by the source, e.g. too few answers: neither missing nor zero); `missing` (no value published); `preliminary` (may change).",
    "sv": "Observationens status.",
    "values": {
      "ok": {
        "sv": "Ett publicerat värde.",
        "en": "A published value."
      },
      "suppressed": {
        "sv": "Dolt av källan, till exempel för få svar: varken saknat eller noll.",
        "en": "Hidden by the source, e.g. too few answers: neither missing nor zero."
      },
      "missing": {
        "sv": "Inget värde publicerat.",
        "en": "No value published."
      },
      "preliminary": {
        "sv": "Preliminärt värde som kan ändras.",
        "en": "A preliminary value that may change."
      }
    }
  },
  "Observation": {
    "en": "One figure: an indicator's value for an area, a period and a sex.",
    "sv": "En siffra: en indikators värde för ett område, en period och ett kön.",
    "properties": {
      "indicator": {
        "en": "The id of the indicator.",
        "sv": "Indikatorns id.",
        "example": "psykisk-pafrestning-unga"
      },
      "area": {
        "en": "The area the value is for.",
        "sv": "Området värdet gäller.",
        "example": "1907"
      },
      "period": {
        "en": "The period the value is for: a year or a span of years.",
        "sv": "Perioden värdet gäller: ett år eller ett spann av år.",
        "example": "2023"
      },
      "sex": {
        "en": "The sex the value is for; see `Sex`.",
        "sv": "Könet värdet gäller: T (totalt), K (kvinnor) eller M (män).",
        "example": "T"
      },
      "value": {
        "en": "The value, or null when there is none (then `status` says why).",
        "sv": "Värdet, eller null när det saknas (då säger `status` varför).",
        "example": 48
      },
      "ci": {
        "en": "The value's confidence interval.",
        "sv": "Värdets konfidensintervall.",
        "example": {
          "lower": 44.1,
          "upper": 51.9,
          "level": 95
        },
        "properties": {
          "lower": {
            "en": "The interval's lower limit.",
            "sv": "Intervallets nedre gräns.",
            "example": 44.1
          },
          "upper": {
            "en": "The interval's upper limit.",
            "sv": "Intervallets övre gräns.",
            "example": 51.9
          },
          "level": {
            "en": "The interval's confidence level in percent.",
            "sv": "Intervallets konfidensnivå i procent.",
            "example": 95
          }
        }
      },
      "count": {
        "en": "How many people or cases the value rests on.",
        "sv": "Hur många personer eller fall värdet bygger på.",
        "example": 412
      },
      "status": {
        "en": "The value's status; see `ObservationStatus`.",
        "sv": "Värdets status: ok, dolt, saknas eller preliminärt.",
        "example": "ok"
      },
      "note": {
        "en": "A note on the value.",
        "sv": "En kommentar till värdet.",
        "example": {
          "sv": "tjejer"
        }
      },
      "source": {
        "en": "Where this value comes from, when it is not the indicator's source.",
        "sv": "Var just detta värde kommer ifrån, när det inte är indikatorns källa.",
        "example": {
          "name": {
            "sv": "Skolenkäten"
          }
        },
        "properties": {
          "name": {
            "en": "The source's name.",
            "sv": "Källans namn.",
            "example": {
              "sv": "Skolenkäten"
            }
          },
          "url": {
            "en": "Where the source is published.",
            "sv": "Var källan är publicerad.",
            "example": "https://www.example.se/statistik"
          }
        }
      }
    }
  },
  "SourceKind": {
    "en": "What a publisher says a source holds: `plan` (a handlingsplan), `handslag`, `agreement` (another kind of agreement) or `indicators` (indicator figures). A hint only, for filtering and for describing a source that could not be read: what is shown comes from the file itself.",
    "sv": "Vad utgivaren säger att en källa innehåller; bara en ledtråd, det som visas kommer ur filen själv.",
    "values": {
      "plan": {
        "sv": "En handlingsplan.",
        "en": "A handlingsplan (action plan)."
      },
      "handslag": {
        "sv": "Ett handslag.",
        "en": "A handslag."
      },
      "agreement": {
        "sv": "En annan överenskommelse.",
        "en": "Another kind of agreement."
      },
      "indicators": {
        "sv": "Indikatorsiffror.",
        "en": "Indicator figures."
      }
    },
    "codes": [
      "plan",
      "handslag",
      "agreement",
      "indicators"
    ]
  },
  "SourceOrganisation": {
    "en": "The organisation that publishes a source, named in the manifest so that it can be shown before its file is read.",
    "sv": "Organisationen som ger ut en källa, namngiven i manifestet så att den kan visas innan filen är läst.",
    "properties": {
      "name": {
        "en": "The organisation's name.",
        "sv": "Organisationens namn.",
        "example": {
          "sv": "Surahammars kommun"
        }
      },
      "kind": {
        "en": "What kind of organisation it is; see `OrganisationKind`.",
        "sv": "Vilket slags organisation det är.",
        "example": "kommun"
      },
      "url": {
        "en": "The organisation's own web site.",
        "sv": "Organisationens egen webbplats.",
        "example": "https://www.example.se"
      }
    }
  },
  "ManifestSource": {
    "en": "One published dataset and whom it belongs to. Each source names its area, its organisation, or both; the file stays where its publisher put it, and the manifest only points at it.",
    "sv": "Ett publicerat dataset och vem det tillhör; filen ligger kvar där utgivaren lade den.",
    "properties": {
      "id": {
        "en": "A name for the source, unique within the manifest. When sources are rolled up into one dataset it becomes the prefix of the source's ids, so that two files may both have an activity `a1`.",
        "sv": "Ett namn på källan, unikt i manifestet. När källorna slås ihop till ett dataset blir det prefix till källans id, så att två filer båda kan ha en aktivitet `a1`.",
        "example": "surahammar"
      },
      "url": {
        "en": "The dataset's address: a full `https:` address, or one relative to the manifest's own address.",
        "sv": "Datasetets adress: en hel `https:`-adress eller en relativ till manifestets egen adress.",
        "example": "surahammar-handslag.json"
      },
      "area": {
        "en": "The area the source belongs to: a kommun (four digits, `1907`) or a län or region (two digits, `19`).",
        "sv": "Området källan hör till: en kommun (fyra siffror, `1907`) eller ett län eller en region (två siffror, `19`).",
        "example": "1907"
      },
      "organisation": {
        "en": "The organisation that publishes the source.",
        "sv": "Organisationen som ger ut källan.",
        "example": {
          "name": {
            "sv": "Surahammars kommun"
          },
          "kind": "kommun"
        }
      },
      "kinds": {
        "en": "What the file holds, as its publisher describes it.",
        "sv": "Vad filen innehåller, så som utgivaren beskriver det.",
        "example": [
          "handslag"
        ]
      },
      "label": {
        "en": "A name for the source where the organisation's or area's name is not enough.",
        "sv": "Ett namn på källan där organisationens eller områdets namn inte räcker.",
        "example": {
          "sv": "Handslaget med regionen"
        }
      },
      "note": {
        "en": "A note on the source.",
        "sv": "En kommentar om källan.",
        "example": {
          "sv": "Uppdateras efter varje avstämning."
        }
      }
    }
  },
  "Manifest": {
    "en": "A manifest: a small document that lists many published datasets (a county's municipalities, or every region of the country) for one overview. `dhol-overview` and `dhol rollup` read it.",
    "sv": "Ett manifest: ett litet dokument som listar många publicerade dataset (ett läns kommuner eller rikets regioner) för en översikt.",
    "properties": {
      "$schema": {
        "en": "The address of the manifest format's JSON Schema.",
        "sv": "Adressen till manifestformatets JSON Schema.",
        "example": "https://cdn.jsdelivr.net/npm/@dhol/core@0/schema/manifest.schema.json"
      },
      "formatVersion": {
        "en": "The version of the manifest format: `1.0`.",
        "sv": "Versionen av manifestformatet: `1.0`.",
        "example": "1.0"
      },
      "id": {
        "en": "The manifest's id.",
        "sv": "Manifestets id.",
        "example": "vastmanland"
      },
      "title": {
        "en": "The overview's title.",
        "sv": "Översiktens titel.",
        "example": {
          "sv": "Länets arbete med Det handlar om livet"
        }
      },
      "description": {
        "en": "What the overview shows.",
        "sv": "Vad översikten visar.",
        "example": {
          "sv": "Planer och handslag i länets kommuner."
        }
      },
      "area": {
        "en": "The area the overview covers: a län (`19`, Västmanland) or `00`, the whole country. Areas in it with no source are listed as having published nothing.",
        "sv": "Området översikten gäller: ett län (`19`, Västmanland) eller `00`, hela riket. Områden utan källa listas som att de inte publicerat något.",
        "example": "19"
      },
      "publisher": {
        "en": "Who keeps the manifest, e.g. the region.",
        "sv": "Vem som sköter manifestet, till exempel regionen.",
        "example": "Region Västmanland"
      },
      "updated": {
        "en": "The day the manifest was last updated, `YYYY-MM-DD`.",
        "sv": "Dagen manifestet senast uppdaterades, `ÅÅÅÅ-MM-DD`.",
        "example": "2026-11-30"
      },
      "sources": {
        "en": "The published datasets, each with whom it belongs to.",
        "sv": "De publicerade dataseten, vart och ett med vem det tillhör.",
        "example": [
          {
            "url": "surahammar-handslag.json",
            "area": "1907",
            "kinds": [
              "handslag"
            ]
          }
        ]
      },
      "extensions": {
        "en": "Open-ended extra data a publisher wants to keep; dhol carries it unchanged and never reads it.",
        "sv": "Fri extra data som en utgivare vill spara; dhol för den vidare oförändrad och läser den aldrig.",
        "example": {
          "kontakt": "samordnare@example.se"
        }
      }
    }
  },
  "OrganisationKind": {
    "en": "What kind of body an organisation is. `unit` is a part of another organisation (a förvaltning, division or verksamhet such as Region Västmanland's Välfärd); `network` and `body` cover networks, steering groups and joint committees (nämnder).",
    "sv": "Vilket slags organisation det är.",
    "values": {
      "kommun": {
        "sv": "Kommun.",
        "en": "Municipality."
      },
      "region": {
        "sv": "Region.",
        "en": "Region (county council)."
      },
      "lansstyrelse": {
        "sv": "Länsstyrelse.",
        "en": "County administrative board."
      },
      "agency": {
        "sv": "Statlig myndighet.",
        "en": "Government agency."
      },
      "civil-society": {
        "sv": "Civilsamhällets organisation, till exempel en förening.",
        "en": "Civil society organisation, such as an association."
      },
      "research": {
        "sv": "Lärosäte eller forskningsmiljö.",
        "en": "University or research group."
      },
      "samordningsforbund": {
        "sv": "Samordningsförbund.",
        "en": "Coordination association (samordningsförbund)."
      },
      "care-provider": {
        "sv": "Vårdgivare eller utförare.",
        "en": "Care provider."
      },
      "unit": {
        "sv": "En del av en annan organisation: förvaltning, division eller verksamhet.",
        "en": "A part of another organisation: an administration, division or service."
      },
      "network": {
        "sv": "Nätverk.",
        "en": "Network."
      },
      "body": {
        "sv": "Organ såsom styrgrupp, nämnd eller gemensam nämnd.",
        "en": "A body such as a steering group or committee."
      },
      "other": {
        "sv": "Annat slag.",
        "en": "Another kind."
      }
    },
    "codes": [
      "kommun",
      "region",
      "lansstyrelse",
      "agency",
      "civil-society",
      "research",
      "samordningsforbund",
      "care-provider",
      "unit",
      "network",
      "body",
      "other"
    ]
  },
  "Organisation": {
    "en": "An organisation the dataset names: a party, a responsible body, a publisher.",
    "sv": "En organisation som datasetet nämner: en part, en ansvarig, en utgivare.",
    "properties": {
      "id": {
        "en": "The organisation's id, which plans and agreements refer to.",
        "sv": "Organisationens id, som planer och överenskommelser hänvisar till.",
        "example": "ki"
      },
      "name": {
        "en": "The organisation's name.",
        "sv": "Organisationens namn.",
        "example": {
          "sv": "KI"
        }
      },
      "shortName": {
        "en": "A shorter name, e.g. an abbreviation.",
        "sv": "Ett kortare namn, till exempel en förkortning.",
        "example": {
          "sv": "NSV"
        }
      },
      "kind": {
        "en": "What kind of organisation it is; see `OrganisationKind`.",
        "sv": "Vilket slags organisation det är: kommun, region, länsstyrelse, myndighet och så vidare.",
        "example": "body"
      },
      "area": {
        "en": "The area the organisation is responsible for, if any (a kommun's or region's code).",
        "sv": "Området organisationen ansvarar för, om något (kommunens eller regionens kod).",
        "example": "04"
      },
      "parent": {
        "en": "The organisation this one is part of.",
        "sv": "Organisationen som denna är en del av.",
        "example": "region-sormland"
      },
      "description": {
        "en": "A short description of the organisation.",
        "sv": "En kort beskrivning av organisationen.",
        "example": {
          "sv": "Kallas också FoU i Sörmland i handlingsplanen."
        }
      },
      "url": {
        "en": "The organisation's web site.",
        "sv": "Organisationens webbplats.",
        "example": "https://www.example.se"
      }
    }
  },
  "PartyRole": {
    "en": "The role a party has for an activity or agreement. The seeds' words map as: \"leds av\" → `lead`, \"samordnas av\" → `coordinator`, \"utförs av\" → `performer`, huvudman → `owner`, kunskaps- och processtöd → `support`; `responsible` is a party named with no verb (\"(Länsstyrelsen)\").",
    "sv": "Vilken roll en part har för en aktivitet eller överenskommelse.",
    "values": {
      "lead": {
        "sv": "Leder arbetet (\"leds av\").",
        "en": "Leads the work."
      },
      "coordinator": {
        "sv": "Samordnar arbetet (\"samordnas av\").",
        "en": "Coordinates the work."
      },
      "performer": {
        "sv": "Utför arbetet (\"utförs av\").",
        "en": "Carries out the work."
      },
      "owner": {
        "sv": "Huvudman: äger frågan.",
        "en": "Principal: owns the matter."
      },
      "support": {
        "sv": "Ger stöd, till exempel kunskaps- och processtöd.",
        "en": "Gives support, such as knowledge and process support."
      },
      "partner": {
        "sv": "Samarbetspart.",
        "en": "Partner."
      },
      "responsible": {
        "sv": "Ansvarig, nämnd utan närmare roll.",
        "en": "Responsible, named with no particular role."
      }
    },
    "codes": [
      "lead",
      "coordinator",
      "performer",
      "owner",
      "support",
      "partner",
      "responsible"
    ]
  },
  "ResponsibleParty": {
    "en": "An organisation with its role for an activity.",
    "sv": "En organisation med sin roll för en aktivitet.",
    "properties": {
      "organisation": {
        "en": "The id of an organisation of the dataset.",
        "sv": "Id för en organisation i datasetet.",
        "example": "ki"
      },
      "role": {
        "en": "The party's role; see `PartyRole`.",
        "sv": "Partens roll: leder, samordnar, utför, huvudman, stöd, samarbetspart eller ansvarig.",
        "example": "lead"
      },
      "label": {
        "en": "The document's own wording of the role, when it says more than the role does.",
        "sv": "Dokumentets egna ord om rollen, när de säger mer än rollen.",
        "example": {
          "sv": "Utförs av vårdcentralerna"
        }
      }
    }
  },
  "PlanKind": {
    "en": "Which level a plan is made at.",
    "sv": "Vilken nivå planen gäller.",
    "values": {
      "national": {
        "sv": "Nationell plan.",
        "en": "A national plan."
      },
      "regional": {
        "sv": "Regional eller länsgemensam plan.",
        "en": "A regional or county-wide plan."
      },
      "local": {
        "sv": "Lokal plan, till exempel en kommuns.",
        "en": "A local plan, such as a municipality's."
      }
    },
    "codes": [
      "national",
      "regional",
      "local"
    ]
  },
  "DecisionRecord": {
    "en": "Who decided a document, when, and under which diarienummer (the registry number of Swedish authorities).",
    "sv": "Vem som beslutade dokumentet, när och under vilket diarienummer.",
    "properties": {
      "decidedBy": {
        "en": "The deciding body, as an organisation id.",
        "sv": "Det beslutande organet, som organisations-id.",
        "example": "nsv"
      },
      "date": {
        "en": "The day of the decision, `YYYY-MM-DD`.",
        "sv": "Beslutsdagen, `ÅÅÅÅ-MM-DD`.",
        "example": "2026-04-17"
      },
      "diarienummer": {
        "en": "The decision's registry number (diarienummer).",
        "sv": "Beslutets diarienummer.",
        "example": "NSV26-0035-1"
      },
      "note": {
        "en": "The document's own words about the decision.",
        "sv": "Dokumentets egna ord om beslutet.",
        "example": {
          "sv": "Beslutad av: Nämnden för samverkan kring socialtjänst och vård den 17 april 2026"
        }
      }
    }
  },
  "PlanVersion": {
    "en": "A plan's version label as its publisher writes it: `2026`, `2.0`, `2027 (reviderad)`. Versions are compared as labels, never ordered by their text.",
    "sv": "Planens versionsbeteckning så som utgivaren skriver den."
  },
  "PlanReference": {
    "en": "The earlier version a plan replaces. Each version is its own plan with its own id (the Sörmland plan's id carries its year), so one dataset may hold both and `plan` points at the other; when the earlier version is published elsewhere, `url` says where.",
    "sv": "Den tidigare version som planen ersätter.",
    "properties": {
      "plan": {
        "en": "The id of the replaced plan.",
        "sv": "Id för den ersatta planen.",
        "example": "exempelplan-2025"
      },
      "version": {
        "en": "The replaced plan's `version`.",
        "sv": "Den ersatta planens version.",
        "example": "2025"
      },
      "url": {
        "en": "Where the replaced version's dataset is published, when it is not in this dataset.",
        "sv": "Var den ersatta versionens dataset är publicerat, när det inte finns i detta dataset.",
        "example": "https://www.example.se/handlingsplan-2025.json"
      }
    }
  },
  "Revision": {
    "en": "A revision of a document: planned, or done (then with the day it was done, the decision and what changed).",
    "sv": "En revidering av dokumentet: planerad, eller genomförd med dag, beslut och vad som ändrades.",
    "properties": {
      "date": {
        "en": "When the revision is (or was) planned: a year, month or day.",
        "sv": "När revideringen är (eller var) planerad: år, månad eller dag.",
        "example": "2027"
      },
      "done": {
        "en": "True once the revision has been done.",
        "sv": "Sant när revideringen är genomförd.",
        "example": false
      },
      "doneDate": {
        "en": "The day the revision was done, `YYYY-MM-DD`; follow-up periods start here (\"sedan revideringen\").",
        "sv": "Dagen revideringen genomfördes; uppföljningens perioder börjar här (\"sedan revideringen\").",
        "example": "2026-03-16"
      },
      "decision": {
        "en": "The decision that adopted the revised document.",
        "sv": "Beslutet som antog det reviderade dokumentet.",
        "example": {
          "decidedBy": "samverkansnamnden-exempel",
          "date": "2026-03-16",
          "diarienummer": "EX 2026/8"
        }
      },
      "changes": {
        "en": "A summary of what the revision changed.",
        "sv": "En sammanfattning av vad revideringen ändrade.",
        "example": [
          {
            "type": "paragraph",
            "text": {
              "sv": "Påhittat exempel. Enkäten om ungas hälsa togs bort ur planen; FoU Exempel fortsätter den i egen regi. Två aktiviteter tillkom: stöd så att fler unga män söker hjälp, och samarbete med budget- och skuldrådgivningen. Utbildningen i suicidprevention flyttades till delmål 6, föräldraskapsstödet omfattar nu även stadsdelarna, och kommunen blev medansvarig för SIP.",
              "en": "Invented example. The survey of young people's health was removed from the plan; FoU Exempel carries it on by itself. Two activities were added: support so that more young men seek help, and cooperation with budget and debt counselling. The suicide prevention training moved to delmål 6, parenting support now covers the districts too, and the municipality became jointly responsible for SIP."
            }
          }
        ]
      },
      "version": {
        "en": "The plan version the revision produced.",
        "sv": "Planversionen som revideringen gav.",
        "example": "2026"
      },
      "note": {
        "en": "The document's own words about the revision.",
        "sv": "Dokumentets egna ord om revideringen.",
        "example": {
          "sv": "Första revidering ska ske 2027"
        }
      }
    }
  },
  "RevisionSchedule": {
    "en": "When a document is revised.",
    "sv": "När dokumentet revideras.",
    "properties": {
      "text": {
        "en": "The document's own words about revisions.",
        "sv": "Dokumentets egna ord om revideringar.",
        "example": [
          {
            "type": "paragraph",
            "text": {
              "sv": "Revideringar i överenskommelsen: Första revidering ska ske 2027 sedan vart annat år (2029, 2031, 2033)"
            }
          }
        ]
      },
      "revisions": {
        "en": "The revisions, planned and done.",
        "sv": "Revideringarna, planerade och genomförda.",
        "example": [
          {
            "date": "2027",
            "done": false,
            "note": {
              "sv": "Första revidering ska ske 2027"
            }
          }
        ]
      }
    }
  },
  "GoalSection": {
    "en": "What a plan says about one goal (usually a delmål): its description and the introductions to its lists.",
    "sv": "Vad planen säger om ett mål (oftast ett delmål): beskrivningen och inledningarna till listorna.",
    "properties": {
      "goal": {
        "en": "The id of the goal in the plan's framework.",
        "sv": "Målets id i planens ramverk.",
        "example": "delmal-1"
      },
      "description": {
        "en": "The plan's text about the goal.",
        "sv": "Planens text om målet.",
        "example": [
          {
            "type": "paragraph",
            "text": {
              "sv": "Delmålet syftar till att motverka utanförskap och säkerställa att alla, oavsett hälsotillstånd, kan vara delaktiga i samhället. Det omfattar insatser mot:"
            }
          }
        ]
      },
      "ongoingIntro": {
        "en": "The introduction to the list of ongoing activities.",
        "sv": "Inledningen till listan över pågående aktiviteter.",
        "example": [
          {
            "type": "paragraph",
            "text": {
              "sv": "Pågående aktiviteter inom delmålet:"
            }
          }
        ]
      },
      "developmentIntro": {
        "en": "The introduction to the list of development areas.",
        "sv": "Inledningen till listan över utvecklingsområden.",
        "example": [
          {
            "type": "paragraph",
            "text": {
              "sv": "Under 2026 behöver vi:"
            }
          }
        ]
      },
      "closing": {
        "en": "Text after the activities, such as a closing remark.",
        "sv": "Text efter aktiviteterna, till exempel en avslutning.",
        "example": [
          {
            "type": "paragraph",
            "text": {
              "sv": "Aktiviteterna följs upp årligen."
            }
          }
        ]
      }
    }
  },
  "Plan": {
    "en": "A handlingsplan (action plan): national, regional (county-wide) or local.",
    "sv": "En handlingsplan: nationell, regional (länsgemensam) eller lokal.",
    "properties": {
      "id": {
        "en": "The plan's id, unique in the dataset.",
        "sv": "Planens id, unikt i datasetet.",
        "example": "sormland-handlingsplan-2026"
      },
      "kind": {
        "en": "The level the plan is made at; see `PlanKind`.",
        "sv": "Planens nivå: nationell, regional eller lokal.",
        "example": "regional"
      },
      "title": {
        "en": "The plan's title.",
        "sv": "Planens titel.",
        "example": {
          "sv": "Det handlar om livet – En länsgemensam handlingsplan utifrån nationell strategi för psykisk hälsa och suicidprevention"
        }
      },
      "subtitle": {
        "en": "The plan's subtitle.",
        "sv": "Planens undertitel.",
        "example": {
          "sv": "År 2025–2034"
        }
      },
      "version": {
        "en": "This version of the plan, e.g. `2026`; plans that are never revised may leave it out.",
        "sv": "Denna version av planen, till exempel `2026`; en plan som aldrig revideras kan utelämna den.",
        "example": "2026"
      },
      "replaces": {
        "en": "The earlier version this plan replaces.",
        "sv": "Den tidigare version som planen ersätter.",
        "example": {
          "plan": "exempelplan-2025",
          "version": "2025"
        }
      },
      "category": {
        "en": "The document's category, e.g. \"Handlingsplan\".",
        "sv": "Dokumentets kategori, till exempel \"Handlingsplan\".",
        "example": {
          "sv": "Handlingsplan"
        }
      },
      "scope": {
        "en": "The areas the plan covers, as area codes.",
        "sv": "Områdena planen gäller, som områdeskoder (län eller kommun).",
        "example": [
          "04"
        ]
      },
      "framework": {
        "en": "The framework (strategy) whose goals the plan's activities link to.",
        "sv": "Ramverket (strategin) vars mål planens aktiviteter kopplas till.",
        "example": "det-handlar-om-livet-2025"
      },
      "owner": {
        "en": "Dokumentansvarig: the organisation responsible for the document.",
        "sv": "Dokumentansvarig: organisationen som ansvarar för dokumentet.",
        "example": "lansstyrgruppen-sormland"
      },
      "decision": {
        "en": "The decision that adopted the plan.",
        "sv": "Beslutet som antog planen.",
        "example": {
          "decidedBy": "nsv",
          "date": "2026-04-17",
          "diarienummer": "NSV26-0035-1",
          "note": {
            "sv": "Beslutad av: Nämnden för samverkan kring socialtjänst och vård den 17 april 2026"
          }
        }
      },
      "validity": {
        "en": "How long the plan is in force.",
        "sv": "Hur länge planen gäller.",
        "example": {
          "start": "2026-04-17",
          "untilRevised": true,
          "note": {
            "sv": "2026-04-17 tills revidering är aktuell"
          }
        }
      },
      "period": {
        "en": "The years the plan is set in, e.g. the strategy period 2025–2034.",
        "sv": "Åren planen avser, till exempel strategiperioden 2025–2034.",
        "example": {
          "start": "2025",
          "end": "2034"
        }
      },
      "revisionSchedule": {
        "en": "When the plan is revised.",
        "sv": "När planen revideras.",
        "example": {
          "text": [
            {
              "type": "paragraph",
              "text": {
                "sv": "Revideringar i överenskommelsen: Första revidering ska ske 2027 sedan vart annat år (2029, 2031, 2033)"
              }
            }
          ],
          "revisions": [
            {
              "date": "2027",
              "done": false,
              "note": {
                "sv": "Första revidering ska ske 2027"
              }
            }
          ]
        }
      },
      "background": {
        "en": "The plan's background.",
        "sv": "Planens bakgrund.",
        "example": [
          {
            "type": "paragraph",
            "text": {
              "sv": "Den läns gemensamma handlingsplanen för Sörmland omfattar både psykisk hälsa och suicidprevention och gäller som interim för år 2026. Arbetet utgår från den nationella strategin Det handlar om livet, som regeringen antog den 10 januari 2025. Strategin innehåller ett ramverk med fyra övergripande mål och sju delmål samt prioriterade områden. En nationell handlingsplan ska koppla dessa mål till ett uppföljningssystem för ökat lärande och effektivare arbete.¹"
            }
          }
        ]
      },
      "purpose": {
        "en": "The plan's purpose.",
        "sv": "Planens syfte.",
        "example": [
          {
            "type": "paragraph",
            "text": {
              "sv": "Syftet med handlingsplanen är att beskriva hur Sörmlands arbete med att genomföra den nationella strategin, ”Det handlar om livet”, ska se ut. Handlingsplanen ska även lägga grunden för det fortsatta läns gemensamma arbetet med psykisk hälsa och suicidprevention. Vidare syftar handlingsplanen till att beskriva den långsiktiga läns gemensamma strukturen för det fortsatta arbetet inom området psykisk hälsa och suicidprevention."
            }
          }
        ]
      },
      "aims": {
        "en": "The plan's aims.",
        "sv": "Planens mål.",
        "example": [
          {
            "type": "paragraph",
            "text": {
              "sv": "Syftet med handlingsplanen är att genomföra den nationella strategin för psykisk hälsa och suicidprevention. Under 2026 fokuserar arbetet på behovsanalyser utifrån länets förutsättningar och strategins delmål."
            }
          }
        ]
      },
      "organisation": {
        "en": "How the work is organised.",
        "sv": "Hur arbetet är organiserat.",
        "example": [
          {
            "type": "paragraph",
            "text": {
              "sv": "Det läns gemensamma arbetet sker inom den etablerade samverkansstrukturen, beslutad av länsstyrgruppen som består av divisionschefer i Region Sörmland samt och Socialchefer från kommunerna. Handlingsplanen har tagits fram efter beslut i länsstyrgruppen och är fastställd av den gemensamma nämnde NSV (Nämnden för samverkan kring socialtjänst och vård)."
            }
          }
        ]
      },
      "participants": {
        "en": "Organisations that took part in drawing up the plan or in its network.",
        "sv": "Organisationer som deltog i att ta fram planen eller i dess nätverk.",
        "properties": {
          "organisation": {
            "en": "The id of an organisation of the dataset.",
            "sv": "Id för en organisation i datasetet.",
            "example": "nsv"
          },
          "label": {
            "en": "The document's words for the organisation's part.",
            "sv": "Dokumentets ord om organisationens del.",
            "example": {
              "sv": "Har medverkat i framtagandet av handlingsplanen"
            }
          }
        },
        "example": [
          {
            "organisation": "lansstyrgruppen-sormland",
            "label": {
              "sv": "Beslutade om samverkansstrukturen; handlingsplanen har tagits fram efter beslut i länsstyrgruppen"
            }
          }
        ]
      },
      "sections": {
        "en": "What the plan says about each goal.",
        "sv": "Vad planen säger om varje mål.",
        "example": [
          {
            "goal": "delmal-1",
            "description": [
              {
                "type": "paragraph",
                "text": {
                  "sv": "Delmålet handlar om att öka det psykiska välbefinnandet hos individer och i befolkningen. Detta omfattar insatser som stärker individens egna resurser och faktorer som skapar mening och sammanhang. Arbetet hänger nära ihop med bredare förebyggande insatser, exempelvis:"
                }
              }
            ],
            "developmentIntro": [
              {
                "type": "paragraph",
                "text": {
                  "sv": "Utöver de insatser som beskrivs i handlingsplanen pågår ett omfattande hälsofrämjande och förebyggande arbete i länets kommuner och regionens verksamheter, exempelvis kunskapshöjande. En viktig aktivitet utifrån samtliga delmål under 2026 kommer därför att vara:"
                }
              }
            ]
          }
        ]
      },
      "activities": {
        "en": "The plan's activities, each once however many delmål it serves.",
        "sv": "Planens aktiviteter, var och en en gång hur många delmål den än hör till.",
        "example": [
          {
            "id": "andts-forebyggande-arbete",
            "title": {
              "sv": "ANDTS-förebyggande arbete"
            },
            "goals": [
              {
                "goal": "delmal-1"
              }
            ],
            "kind": "ongoing",
            "status": "ongoing",
            "responsible": [
              {
                "organisation": "lansstyrelsen-sodermanland",
                "role": "responsible"
              }
            ]
          }
        ]
      },
      "followUp": {
        "en": "How the plan is followed up.",
        "sv": "Hur planen följs upp.",
        "example": [
          {
            "type": "paragraph",
            "text": {
              "sv": "Under året kommer LRS tillsammans med FoU i Sörmland se över indikatorer till de delmål som finns i strategin ”Det handlar om livet”. Dels se vilka av de indikatorer som kommer i det nationella uppföljningssystemet som skulle vara användbara även på länsnivå. Men även se över kopplingarna till andra områden som till exempel Nära vård, där det redan finns fastställda indikatorer för att följa omställningen."
            }
          }
        ]
      },
      "indicators": {
        "en": "The ids of the dataset's indicators that follow the plan up.",
        "sv": "Id för de indikatorer i datasetet som följer upp planen.",
        "example": [
          "fullgod-psykisk-halsa-unga"
        ]
      },
      "footnotes": {
        "en": "The document's footnotes.",
        "sv": "Dokumentets fotnoter.",
        "example": [
          {
            "sv": "Det handlar om livet – nationell strategi inom området psykisk hälsa och suicidprevention"
          }
        ]
      }
    }
  },
  "Id": {
    "en": "A stable identifier, unique within its collection in a dataset: lower-case letters, digits, `-`, `_`, `.`.",
    "sv": "Ett stabilt id, unikt inom sin samling i datasetet: gemener, siffror, `-`, `_` och `.`."
  },
  "LocalizedText": {
    "en": "A text in Swedish (required) and English (optional).",
    "sv": "En text på svenska (krävs) och engelska (valfritt).",
    "properties": {
      "sv": {
        "en": "The text in Swedish.",
        "sv": "Texten på svenska.",
        "example": "KI"
      },
      "en": {
        "en": "The text in English, when there is one.",
        "sv": "Texten på engelska, om den finns.",
        "example": "Every text carries its own source and status. \"verified\": exact words found in a primary or official copy; \"translation\": official English, Swedish not found; \"unverified\": likely wording, no primary copy read. The adopted Swedish wording of overarching goals 1, 2 and 4 has not been found: the 2023 proposal's wording is given as an alternative. Priorities for delmål 1, 2, 4, 5 and 7 have not been found and are left out."
      }
    }
  },
  "IsoDate": {
    "en": "A calendar date, `YYYY-MM-DD`.",
    "sv": "Ett datum, `ÅÅÅÅ-MM-DD`."
  },
  "PartialDate": {
    "en": "A date known to the year, month or day: `2027`, `2027-03` or `2027-03-15` (ISO 8601 reduced precision).",
    "sv": "Ett datum känt till år, månad eller dag: `2027`, `2027-03` eller `2027-03-15`."
  },
  "StatPeriod": {
    "en": "A statistical period: one year (`2023`) or a span of years (`2019-2023`).",
    "sv": "En statistisk period: ett år (`2023`) eller ett spann av år (`2019-2023`)."
  },
  "AreaCode": {
    "en": "An area code as SCB and PxWeb write it: `00` the whole country, two digits a län (region), four digits a municipality whose first two digits are its län (Surahammar `1907` lies in Västmanland `19`).",
    "sv": "En områdeskod som SCB skriver den: `00` riket, två siffror ett län, fyra siffror en kommun vars två första siffror är länets (Surahammar `1907` ligger i Västmanland `19`)."
  },
  "Url": {
    "en": "A web address. Any string is accepted by the structure so that a bad link is reported by validation with a clear message (only `https:` is safe; `http:` gives a warning; every other scheme is an error).",
    "sv": "En webbadress. Bara `https:` är säker; `http:` ger en varning och andra scheman ett fel."
  },
  "Link": {
    "en": "A link to more information.",
    "sv": "En länk till mer information.",
    "properties": {
      "url": {
        "en": "The address; only `https:` is safe to show.",
        "sv": "Adressen; bara `https:` visas som länk.",
        "example": "https://example.org/exempel/kartlaggning.pdf"
      },
      "label": {
        "en": "The link's text; without it the address is shown.",
        "sv": "Länkens text; utan den visas adressen.",
        "example": {
          "sv": "Rapporten (påhittad adress)",
          "en": "The report (invented address)"
        }
      }
    }
  },
  "TextBlock": {
    "en": "Running text as blocks, so documents keep their paragraphs and bullet lists without any markup: plan text is untrusted and is never parsed as HTML.",
    "sv": "Löptext som block, så att dokument behåller sina stycken och punktlistor utan märkspråk.",
    "members": [
      {
        "properties": {
          "type": {
            "en": "A paragraph.",
            "sv": "Ett stycke.",
            "example": "paragraph"
          },
          "text": {
            "en": "The paragraph's text.",
            "sv": "Styckets text.",
            "example": {
              "sv": "Insatser bör:"
            }
          }
        }
      },
      {
        "properties": {
          "type": {
            "en": "A bullet list.",
            "sv": "En punktlista.",
            "example": "list"
          },
          "items": {
            "en": "The list's items, at least one.",
            "sv": "Listans punkter, minst en.",
            "example": [
              {
                "sv": "Föräldraskapsstöd"
              }
            ]
          }
        }
      },
      {
        "properties": {
          "type": {
            "en": "A heading within the text.",
            "sv": "En rubrik i texten.",
            "example": "heading"
          },
          "text": {
            "en": "The heading's text.",
            "sv": "Rubrikens text.",
            "example": {
              "sv": "Surahammar"
            }
          }
        }
      }
    ]
  },
  "TextBlocks": {
    "en": "A text as a list of blocks: paragraphs, lists and headings.",
    "sv": "En text som en lista av block: stycken, listor och rubriker."
  },
  "Validity": {
    "en": "A period of validity or work. `untilRevised` says it runs until the document is revised.",
    "sv": "En period för giltighet eller arbete. `untilRevised` säger att den gäller tills dokumentet revideras.",
    "properties": {
      "start": {
        "en": "The first year, month or day.",
        "sv": "Första år, månad eller dag.",
        "example": "2025"
      },
      "end": {
        "en": "The last year, month or day.",
        "sv": "Sista år, månad eller dag.",
        "example": "2034"
      },
      "untilRevised": {
        "en": "True when it runs until the document is revised (\"gäller tills vidare\", \"tills den revideras\").",
        "sv": "Sant när den gäller tills dokumentet revideras.",
        "example": true
      },
      "note": {
        "en": "The document's own words about the period.",
        "sv": "Dokumentets egna ord om perioden.",
        "example": {
          "sv": "2026-04-17 tills revidering är aktuell"
        }
      }
    }
  },
  "Extensions": {
    "en": "Open-ended extra data a publisher wants to keep; dhol carries it unchanged and never reads it.",
    "sv": "Fri extra data som en utgivare vill spara; dhol för den vidare oförändrad och läser den aldrig."
  }
};
