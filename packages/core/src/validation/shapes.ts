// Generated from the zod model by test/validation/shape-table.test.ts (`pnpm --filter @dhol/core shapes`).
// Do not edit: change the model and generate it again.
import type { ShapeTable } from './shape-table.js';

export const SHAPES: ShapeTable = {
  "nodes": [
    {
      "t": "string",
      "max": 2048
    },
    {
      "t": "optional",
      "of": 0
    },
    {
      "t": "literal",
      "values": [
        "1.0"
      ]
    },
    {
      "t": "string",
      "re": [
        [
          "^[a-z0-9][a-z0-9._-]{0,119}$",
          "id"
        ]
      ]
    },
    {
      "t": "optional",
      "of": 3
    },
    {
      "t": "string",
      "min": 1,
      "max": 20000
    },
    {
      "t": "optional",
      "of": 5
    },
    {
      "t": "object",
      "keys": {
        "sv": 5,
        "en": 6
      },
      "strict": true
    },
    {
      "t": "optional",
      "of": 7
    },
    {
      "t": "string",
      "max": 500
    },
    {
      "t": "optional",
      "of": 9
    },
    {
      "t": "string",
      "min": 1,
      "max": 2048
    },
    {
      "t": "optional",
      "of": 11
    },
    {
      "t": "string",
      "max": 200
    },
    {
      "t": "optional",
      "of": 13
    },
    {
      "t": "object",
      "keys": {
        "title": 8,
        "publisher": 10,
        "url": 12,
        "licence": 14,
        "note": 8
      },
      "strict": true
    },
    {
      "t": "optional",
      "of": 15
    },
    {
      "t": "string",
      "re": [
        [
          "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$",
          "date"
        ]
      ]
    },
    {
      "t": "optional",
      "of": 17
    },
    {
      "t": "boolean"
    },
    {
      "t": "optional",
      "of": 19
    },
    {
      "t": "string",
      "min": 1,
      "max": 50
    },
    {
      "t": "enum",
      "values": [
        "verified",
        "translation",
        "unverified"
      ]
    },
    {
      "t": "string",
      "min": 1,
      "max": 2000
    },
    {
      "t": "string",
      "max": 100
    },
    {
      "t": "optional",
      "of": 24
    },
    {
      "t": "string",
      "max": 2000
    },
    {
      "t": "optional",
      "of": 26
    },
    {
      "t": "object",
      "keys": {
        "text": 5,
        "status": 22,
        "source": 23,
        "version": 25,
        "note": 27
      },
      "strict": true
    },
    {
      "t": "optional",
      "of": 28
    },
    {
      "t": "enum",
      "values": [
        "sv",
        "en"
      ]
    },
    {
      "t": "object",
      "keys": {
        "text": 5,
        "status": 22,
        "source": 23,
        "version": 25,
        "note": 27,
        "lang": 30
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 31
    },
    {
      "t": "optional",
      "of": 32
    },
    {
      "t": "object",
      "keys": {
        "sv": 29,
        "en": 29,
        "alternatives": 33
      },
      "strict": true
    },
    {
      "t": "optional",
      "of": 34
    },
    {
      "t": "number",
      "int": true
    },
    {
      "t": "object",
      "keys": {
        "start": 36,
        "end": 36
      },
      "strict": true
    },
    {
      "t": "optional",
      "of": 37
    },
    {
      "t": "enum",
      "values": [
        "overarching",
        "subgoal",
        "priority"
      ]
    },
    {
      "t": "number",
      "int": true,
      "gte": 1,
      "lte": 99
    },
    {
      "t": "optional",
      "of": 40
    },
    {
      "t": "object",
      "keys": {
        "id": 3,
        "kind": 39,
        "number": 41,
        "parent": 4,
        "title": 34,
        "description": 35
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 42
    },
    {
      "t": "array",
      "of": 34
    },
    {
      "t": "optional",
      "of": 44
    },
    {
      "t": "object",
      "keys": {
        "url": 11,
        "label": 8
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 46
    },
    {
      "t": "optional",
      "of": 47
    },
    {
      "t": "string"
    },
    {
      "t": "array",
      "of": 3
    },
    {
      "t": "record",
      "of": 50
    },
    {
      "t": "object",
      "keys": {
        "framework": 3,
        "version": 49,
        "goalMap": 51
      },
      "strict": true
    },
    {
      "t": "optional",
      "of": 52
    },
    {
      "t": "object",
      "keys": {
        "id": 3,
        "version": 21,
        "title": 34,
        "shortTitle": 8,
        "publication": 35,
        "decided": 18,
        "published": 18,
        "period": 38,
        "vision": 35,
        "goals": 43,
        "notes": 45,
        "links": 48,
        "supersedes": 53
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 54
    },
    {
      "t": "optional",
      "of": 55
    },
    {
      "t": "enum",
      "values": [
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
    {
      "t": "string",
      "re": [
        [
          "^(\\d{2}|\\d{4})$",
          "area-code"
        ]
      ]
    },
    {
      "t": "optional",
      "of": 58
    },
    {
      "t": "object",
      "keys": {
        "id": 3,
        "name": 7,
        "shortName": 8,
        "kind": 57,
        "area": 59,
        "parent": 4,
        "description": 8,
        "url": 12
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 60
    },
    {
      "t": "optional",
      "of": 61
    },
    {
      "t": "enum",
      "values": [
        "national",
        "regional",
        "local"
      ]
    },
    {
      "t": "optional",
      "of": 21
    },
    {
      "t": "object",
      "keys": {
        "plan": 3,
        "version": 21,
        "url": 12
      },
      "strict": true
    },
    {
      "t": "optional",
      "of": 65
    },
    {
      "t": "array",
      "of": 58,
      "min": 1
    },
    {
      "t": "string",
      "min": 1,
      "max": 100
    },
    {
      "t": "optional",
      "of": 68
    },
    {
      "t": "object",
      "keys": {
        "decidedBy": 3,
        "date": 17,
        "diarienummer": 69,
        "note": 8
      },
      "strict": true
    },
    {
      "t": "optional",
      "of": 70
    },
    {
      "t": "string",
      "re": [
        [
          "^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$",
          "partial-date"
        ]
      ]
    },
    {
      "t": "optional",
      "of": 72
    },
    {
      "t": "object",
      "keys": {
        "start": 73,
        "end": 73,
        "untilRevised": 20,
        "note": 8
      },
      "strict": true
    },
    {
      "t": "optional",
      "of": 74
    },
    {
      "t": "literal",
      "values": [
        "paragraph"
      ]
    },
    {
      "t": "object",
      "keys": {
        "type": 76,
        "text": 7
      },
      "strict": true
    },
    {
      "t": "literal",
      "values": [
        "list"
      ]
    },
    {
      "t": "array",
      "of": 7,
      "min": 1
    },
    {
      "t": "object",
      "keys": {
        "type": 78,
        "items": 79
      },
      "strict": true
    },
    {
      "t": "literal",
      "values": [
        "heading"
      ]
    },
    {
      "t": "object",
      "keys": {
        "type": 81,
        "text": 7
      },
      "strict": true
    },
    {
      "t": "union",
      "by": "type",
      "of": [
        77,
        80,
        82
      ]
    },
    {
      "t": "array",
      "of": 83
    },
    {
      "t": "optional",
      "of": 84
    },
    {
      "t": "object",
      "keys": {
        "date": 72,
        "done": 20,
        "doneDate": 18,
        "decision": 71,
        "changes": 85,
        "version": 64,
        "note": 8
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 86
    },
    {
      "t": "object",
      "keys": {
        "text": 85,
        "revisions": 87
      },
      "strict": true
    },
    {
      "t": "optional",
      "of": 88
    },
    {
      "t": "object",
      "keys": {
        "organisation": 3,
        "label": 8
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 90
    },
    {
      "t": "optional",
      "of": 91
    },
    {
      "t": "object",
      "keys": {
        "goal": 3,
        "description": 85,
        "ongoingIntro": 85,
        "developmentIntro": 85,
        "closing": 85
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 93
    },
    {
      "t": "optional",
      "of": 94
    },
    {
      "t": "enum",
      "values": [
        "ongoing",
        "development",
        "new"
      ]
    },
    {
      "t": "optional",
      "of": 96
    },
    {
      "t": "object",
      "keys": {
        "goal": 3,
        "listedAs": 8,
        "kind": 97
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 98,
      "min": 1
    },
    {
      "t": "enum",
      "values": [
        "planned",
        "ongoing",
        "completed",
        "paused",
        "cancelled"
      ]
    },
    {
      "t": "enum",
      "values": [
        "lead",
        "coordinator",
        "performer",
        "owner",
        "support",
        "partner",
        "responsible"
      ]
    },
    {
      "t": "object",
      "keys": {
        "organisation": 3,
        "role": 101,
        "label": 8
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 102
    },
    {
      "t": "optional",
      "of": 103
    },
    {
      "t": "array",
      "of": 7
    },
    {
      "t": "optional",
      "of": 105
    },
    {
      "t": "optional",
      "of": 50
    },
    {
      "t": "object",
      "keys": {
        "date": 17,
        "status": 100,
        "text": 7,
        "reportedBy": 3,
        "links": 48
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 108
    },
    {
      "t": "optional",
      "of": 109
    },
    {
      "t": "object",
      "keys": {
        "id": 3,
        "title": 7,
        "description": 85,
        "goals": 99,
        "kind": 96,
        "status": 100,
        "responsible": 104,
        "targetGroups": 106,
        "links": 48,
        "period": 75,
        "followUp": 85,
        "indicators": 107,
        "progress": 110
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 111
    },
    {
      "t": "object",
      "keys": {
        "id": 3,
        "kind": 63,
        "title": 7,
        "subtitle": 8,
        "version": 64,
        "replaces": 66,
        "category": 8,
        "scope": 67,
        "framework": 3,
        "owner": 4,
        "decision": 71,
        "validity": 75,
        "period": 75,
        "revisionSchedule": 89,
        "background": 85,
        "purpose": 85,
        "aims": 85,
        "organisation": 85,
        "participants": 92,
        "sections": 95,
        "activities": 112,
        "followUp": 85,
        "indicators": 107,
        "footnotes": 106
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 113
    },
    {
      "t": "optional",
      "of": 114
    },
    {
      "t": "enum",
      "values": [
        "handslag",
        "agreement"
      ]
    },
    {
      "t": "enum",
      "values": [
        "draft",
        "decided",
        "signed",
        "in-progress",
        "ended"
      ]
    },
    {
      "t": "optional",
      "of": 117
    },
    {
      "t": "array",
      "of": 58
    },
    {
      "t": "optional",
      "of": 119
    },
    {
      "t": "object",
      "keys": {
        "organisation": 3,
        "role": 101,
        "label": 8,
        "duties": 105
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 121,
      "min": 2
    },
    {
      "t": "number",
      "gte": 0,
      "lte": 100
    },
    {
      "t": "optional",
      "of": 123
    },
    {
      "t": "object",
      "keys": {
        "start": 73,
        "end": 73,
        "untilRevised": 20,
        "note": 8,
        "years": 124,
        "horizon": 73
      },
      "strict": true
    },
    {
      "t": "optional",
      "of": 125
    },
    {
      "t": "object",
      "keys": {
        "appointedBy": 4,
        "description": 7
      },
      "strict": true
    },
    {
      "t": "optional",
      "of": 127
    },
    {
      "t": "object",
      "keys": {
        "coordinator": 128,
        "steeringGroup": 8,
        "workingGroups": 8,
        "text": 85
      },
      "strict": true
    },
    {
      "t": "optional",
      "of": 129
    },
    {
      "t": "string",
      "min": 1,
      "max": 200
    },
    {
      "t": "optional",
      "of": 131
    },
    {
      "t": "object",
      "keys": {
        "body": 3,
        "decision": 7,
        "signatory": 8,
        "date": 18,
        "done": 20,
        "signedBy": 132,
        "signedDate": 18
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 133
    },
    {
      "t": "optional",
      "of": 134
    },
    {
      "t": "enum",
      "values": [
        "national-strategy",
        "regional-strategy",
        "local-strategy",
        "other"
      ]
    },
    {
      "t": "string",
      "max": 30
    },
    {
      "t": "optional",
      "of": 137
    },
    {
      "t": "object",
      "keys": {
        "title": 7,
        "kind": 136,
        "framework": 4,
        "owner": 4,
        "abbreviation": 138,
        "note": 8
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 139
    },
    {
      "t": "optional",
      "of": 140
    },
    {
      "t": "object",
      "keys": {
        "framework": 3,
        "goal": 3
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 142
    },
    {
      "t": "optional",
      "of": 143
    },
    {
      "t": "string",
      "re": [
        [
          "^\\d{4}(-\\d{4})?$"
        ]
      ]
    },
    {
      "t": "array",
      "of": 3,
      "min": 1
    },
    {
      "t": "object",
      "keys": {
        "area": 58,
        "period": 145,
        "indicators": 146,
        "text": 85
      },
      "strict": true
    },
    {
      "t": "optional",
      "of": 147
    },
    {
      "t": "object",
      "keys": {
        "date": 17,
        "participants": 146,
        "agreed": 106,
        "nextSteps": 106,
        "note": 8
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 149
    },
    {
      "t": "optional",
      "of": 150
    },
    {
      "t": "object",
      "keys": {
        "id": 3,
        "kind": 116,
        "title": 7,
        "subtitle": 8,
        "status": 118,
        "scope": 120,
        "initiatedBy": 4,
        "parties": 122,
        "duration": 126,
        "background": 85,
        "purpose": 85,
        "aim": 85,
        "implementation": 85,
        "governance": 130,
        "decisionSteps": 135,
        "serves": 141,
        "goals": 144,
        "baseline": 148,
        "checkIns": 151
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 152
    },
    {
      "t": "optional",
      "of": 153
    },
    {
      "t": "enum",
      "values": [
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
    {
      "t": "number",
      "int": true,
      "gte": 0,
      "lte": 6
    },
    {
      "t": "optional",
      "of": 156
    },
    {
      "t": "enum",
      "values": [
        "higher-is-better",
        "lower-is-better",
        "neutral"
      ]
    },
    {
      "t": "enum",
      "values": [
        "sex",
        "age",
        "area",
        "period"
      ]
    },
    {
      "t": "array",
      "of": 159
    },
    {
      "t": "optional",
      "of": 160
    },
    {
      "t": "object",
      "keys": {
        "name": 7,
        "publisher": 10,
        "url": 12,
        "externalId": 14
      },
      "strict": true
    },
    {
      "t": "number"
    },
    {
      "t": "string",
      "re": [
        [
          "^\\d{4}(-\\d{4})?$",
          "period"
        ]
      ]
    },
    {
      "t": "optional",
      "of": 164
    },
    {
      "t": "object",
      "keys": {
        "value": 163,
        "period": 165,
        "label": 8
      },
      "strict": true
    },
    {
      "t": "optional",
      "of": 166
    },
    {
      "t": "object",
      "keys": {
        "id": 3,
        "title": 7,
        "description": 8,
        "definition": 8,
        "unit": 155,
        "unitLabel": 8,
        "decimals": 157,
        "polarity": 158,
        "aboutPeople": 19,
        "population": 8,
        "breakdowns": 161,
        "source": 162,
        "licence": 14,
        "updated": 18,
        "goals": 144,
        "target": 167
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 168
    },
    {
      "t": "optional",
      "of": 169
    },
    {
      "t": "enum",
      "values": [
        "T",
        "K",
        "M"
      ]
    },
    {
      "t": "nullable",
      "of": 163
    },
    {
      "t": "optional",
      "of": 163
    },
    {
      "t": "object",
      "keys": {
        "lower": 163,
        "upper": 163,
        "level": 173
      },
      "strict": true
    },
    {
      "t": "optional",
      "of": 174
    },
    {
      "t": "number",
      "int": true,
      "gte": 0
    },
    {
      "t": "optional",
      "of": 176
    },
    {
      "t": "enum",
      "values": [
        "ok",
        "suppressed",
        "missing",
        "preliminary"
      ]
    },
    {
      "t": "object",
      "keys": {
        "name": 8,
        "url": 12
      },
      "strict": true
    },
    {
      "t": "optional",
      "of": 179
    },
    {
      "t": "object",
      "keys": {
        "indicator": 3,
        "area": 58,
        "period": 164,
        "sex": 171,
        "value": 172,
        "ci": 175,
        "count": 177,
        "status": 178,
        "note": 8,
        "source": 180
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 181
    },
    {
      "t": "optional",
      "of": 182
    },
    {
      "t": "object",
      "keys": {
        "id": 3,
        "url": 12
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 184
    },
    {
      "t": "optional",
      "of": 185
    },
    {
      "t": "unknown"
    },
    {
      "t": "record",
      "of": 187
    },
    {
      "t": "optional",
      "of": 188
    },
    {
      "t": "object",
      "keys": {
        "$schema": 1,
        "formatVersion": 2,
        "id": 4,
        "title": 8,
        "description": 8,
        "source": 16,
        "updated": 18,
        "fictional": 20,
        "frameworks": 56,
        "organisations": 62,
        "plans": 115,
        "agreements": 154,
        "indicators": 170,
        "observations": 183,
        "related": 186,
        "extensions": 189
      },
      "strict": true
    },
    {
      "t": "optional",
      "of": 57
    },
    {
      "t": "object",
      "keys": {
        "name": 7,
        "kind": 191,
        "url": 12
      },
      "strict": true
    },
    {
      "t": "optional",
      "of": 192
    },
    {
      "t": "enum",
      "values": [
        "plan",
        "handslag",
        "agreement",
        "indicators"
      ]
    },
    {
      "t": "array",
      "of": 194,
      "max": 10
    },
    {
      "t": "optional",
      "of": 195
    },
    {
      "t": "object",
      "keys": {
        "id": 4,
        "url": 11,
        "area": 59,
        "organisation": 193,
        "kinds": 196,
        "label": 8,
        "note": 8
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 197,
      "max": 5000
    },
    {
      "t": "object",
      "keys": {
        "$schema": 1,
        "formatVersion": 2,
        "id": 4,
        "title": 7,
        "description": 8,
        "area": 58,
        "publisher": 10,
        "updated": 18,
        "sources": 198,
        "extensions": 189
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 181
    }
  ],
  "roots": {
    "dataset": 190,
    "plan": 113,
    "activity": 111,
    "agreement": 152,
    "framework": 54,
    "indicator": 168,
    "observation": 181,
    "manifest": 199,
    "observations": 200
  }
};
