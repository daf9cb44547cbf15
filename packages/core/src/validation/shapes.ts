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
      "of": 22
    },
    {
      "t": "string",
      "max": 2000
    },
    {
      "t": "optional",
      "of": 24
    },
    {
      "t": "object",
      "keys": {
        "text": 5,
        "status": 20,
        "source": 21,
        "version": 23,
        "note": 25
      },
      "strict": true
    },
    {
      "t": "optional",
      "of": 26
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
        "status": 20,
        "source": 21,
        "version": 23,
        "note": 25,
        "lang": 28
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 29
    },
    {
      "t": "optional",
      "of": 30
    },
    {
      "t": "object",
      "keys": {
        "sv": 27,
        "en": 27,
        "alternatives": 31
      },
      "strict": true
    },
    {
      "t": "optional",
      "of": 32
    },
    {
      "t": "number",
      "int": true
    },
    {
      "t": "object",
      "keys": {
        "start": 34,
        "end": 34
      },
      "strict": true
    },
    {
      "t": "optional",
      "of": 35
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
      "of": 38
    },
    {
      "t": "object",
      "keys": {
        "id": 3,
        "kind": 37,
        "number": 39,
        "parent": 4,
        "title": 32,
        "description": 33
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 40
    },
    {
      "t": "array",
      "of": 32
    },
    {
      "t": "optional",
      "of": 42
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
      "of": 44
    },
    {
      "t": "optional",
      "of": 45
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
      "of": 48
    },
    {
      "t": "object",
      "keys": {
        "framework": 3,
        "version": 47,
        "goalMap": 49
      },
      "strict": true
    },
    {
      "t": "optional",
      "of": 50
    },
    {
      "t": "object",
      "keys": {
        "id": 3,
        "version": 19,
        "title": 32,
        "shortTitle": 8,
        "publication": 33,
        "decided": 18,
        "published": 18,
        "period": 36,
        "vision": 33,
        "goals": 41,
        "notes": 43,
        "links": 46,
        "supersedes": 51
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 52
    },
    {
      "t": "optional",
      "of": 53
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
      "of": 56
    },
    {
      "t": "object",
      "keys": {
        "id": 3,
        "name": 7,
        "shortName": 8,
        "kind": 55,
        "area": 57,
        "parent": 4,
        "description": 8,
        "url": 12
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 58
    },
    {
      "t": "optional",
      "of": 59
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
      "t": "array",
      "of": 56,
      "min": 1
    },
    {
      "t": "string",
      "min": 1,
      "max": 100
    },
    {
      "t": "optional",
      "of": 63
    },
    {
      "t": "object",
      "keys": {
        "decidedBy": 3,
        "date": 17,
        "diarienummer": 64,
        "note": 8
      },
      "strict": true
    },
    {
      "t": "optional",
      "of": 65
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
      "of": 67
    },
    {
      "t": "boolean"
    },
    {
      "t": "optional",
      "of": 69
    },
    {
      "t": "object",
      "keys": {
        "start": 68,
        "end": 68,
        "untilRevised": 70,
        "note": 8
      },
      "strict": true
    },
    {
      "t": "optional",
      "of": 71
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
        "type": 73,
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
        "type": 75,
        "items": 76
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
        "type": 78,
        "text": 7
      },
      "strict": true
    },
    {
      "t": "union",
      "by": "type",
      "of": [
        74,
        77,
        79
      ]
    },
    {
      "t": "array",
      "of": 80
    },
    {
      "t": "optional",
      "of": 81
    },
    {
      "t": "object",
      "keys": {
        "date": 67,
        "done": 70,
        "note": 8
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 83
    },
    {
      "t": "object",
      "keys": {
        "text": 82,
        "revisions": 84
      },
      "strict": true
    },
    {
      "t": "optional",
      "of": 85
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
      "of": 87
    },
    {
      "t": "optional",
      "of": 88
    },
    {
      "t": "object",
      "keys": {
        "goal": 3,
        "description": 82,
        "ongoingIntro": 82,
        "developmentIntro": 82,
        "closing": 82
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
      "t": "enum",
      "values": [
        "ongoing",
        "development",
        "new"
      ]
    },
    {
      "t": "optional",
      "of": 93
    },
    {
      "t": "object",
      "keys": {
        "goal": 3,
        "listedAs": 8,
        "kind": 94
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 95,
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
        "role": 98,
        "label": 8
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 99
    },
    {
      "t": "array",
      "of": 7
    },
    {
      "t": "optional",
      "of": 101
    },
    {
      "t": "optional",
      "of": 48
    },
    {
      "t": "object",
      "keys": {
        "id": 3,
        "title": 7,
        "description": 82,
        "goals": 96,
        "kind": 93,
        "status": 97,
        "responsible": 100,
        "targetGroups": 102,
        "links": 46,
        "period": 72,
        "followUp": 82,
        "indicators": 103
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 104
    },
    {
      "t": "object",
      "keys": {
        "id": 3,
        "kind": 61,
        "title": 7,
        "subtitle": 8,
        "category": 8,
        "scope": 62,
        "framework": 3,
        "owner": 4,
        "decision": 66,
        "validity": 72,
        "period": 72,
        "revisionSchedule": 86,
        "background": 82,
        "purpose": 82,
        "aims": 82,
        "organisation": 82,
        "participants": 89,
        "sections": 92,
        "activities": 105,
        "followUp": 82,
        "indicators": 103,
        "footnotes": 102
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 106
    },
    {
      "t": "optional",
      "of": 107
    },
    {
      "t": "enum",
      "values": [
        "handslag",
        "agreement"
      ]
    },
    {
      "t": "array",
      "of": 56
    },
    {
      "t": "optional",
      "of": 110
    },
    {
      "t": "object",
      "keys": {
        "organisation": 3,
        "role": 98,
        "label": 8,
        "duties": 101
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 112,
      "min": 2
    },
    {
      "t": "number",
      "gte": 0,
      "lte": 100
    },
    {
      "t": "optional",
      "of": 114
    },
    {
      "t": "object",
      "keys": {
        "start": 68,
        "end": 68,
        "untilRevised": 70,
        "note": 8,
        "years": 115,
        "horizon": 68
      },
      "strict": true
    },
    {
      "t": "optional",
      "of": 116
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
      "of": 118
    },
    {
      "t": "object",
      "keys": {
        "coordinator": 119,
        "steeringGroup": 8,
        "workingGroups": 8,
        "text": 82
      },
      "strict": true
    },
    {
      "t": "optional",
      "of": 120
    },
    {
      "t": "object",
      "keys": {
        "body": 3,
        "decision": 7,
        "signatory": 8,
        "date": 18,
        "done": 70
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 122
    },
    {
      "t": "optional",
      "of": 123
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
      "of": 126
    },
    {
      "t": "object",
      "keys": {
        "title": 7,
        "kind": 125,
        "framework": 4,
        "owner": 4,
        "abbreviation": 127,
        "note": 8
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 128
    },
    {
      "t": "optional",
      "of": 129
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
      "of": 131
    },
    {
      "t": "optional",
      "of": 132
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
        "area": 56,
        "period": 134,
        "indicators": 135,
        "text": 82
      },
      "strict": true
    },
    {
      "t": "optional",
      "of": 136
    },
    {
      "t": "object",
      "keys": {
        "id": 3,
        "kind": 109,
        "title": 7,
        "subtitle": 8,
        "scope": 111,
        "initiatedBy": 4,
        "parties": 113,
        "duration": 117,
        "background": 82,
        "purpose": 82,
        "aim": 82,
        "implementation": 82,
        "governance": 121,
        "decisionSteps": 124,
        "serves": 130,
        "goals": 133,
        "baseline": 137
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 138
    },
    {
      "t": "optional",
      "of": 139
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
      "of": 142
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
      "of": 145
    },
    {
      "t": "optional",
      "of": 146
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
      "of": 150
    },
    {
      "t": "object",
      "keys": {
        "value": 149,
        "period": 151,
        "label": 8
      },
      "strict": true
    },
    {
      "t": "optional",
      "of": 152
    },
    {
      "t": "object",
      "keys": {
        "id": 3,
        "title": 7,
        "description": 8,
        "definition": 8,
        "unit": 141,
        "unitLabel": 8,
        "decimals": 143,
        "polarity": 144,
        "aboutPeople": 69,
        "population": 8,
        "breakdowns": 147,
        "source": 148,
        "licence": 14,
        "updated": 18,
        "goals": 133,
        "target": 153
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 154
    },
    {
      "t": "optional",
      "of": 155
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
      "of": 149
    },
    {
      "t": "optional",
      "of": 149
    },
    {
      "t": "object",
      "keys": {
        "lower": 149,
        "upper": 149,
        "level": 159
      },
      "strict": true
    },
    {
      "t": "optional",
      "of": 160
    },
    {
      "t": "number",
      "int": true,
      "gte": 0
    },
    {
      "t": "optional",
      "of": 162
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
      "of": 165
    },
    {
      "t": "object",
      "keys": {
        "indicator": 3,
        "area": 56,
        "period": 150,
        "sex": 157,
        "value": 158,
        "ci": 161,
        "count": 163,
        "status": 164,
        "note": 8,
        "source": 166
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 167
    },
    {
      "t": "optional",
      "of": 168
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
      "of": 170
    },
    {
      "t": "optional",
      "of": 171
    },
    {
      "t": "unknown"
    },
    {
      "t": "record",
      "of": 173
    },
    {
      "t": "optional",
      "of": 174
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
        "frameworks": 54,
        "organisations": 60,
        "plans": 108,
        "agreements": 140,
        "indicators": 156,
        "observations": 169,
        "related": 172,
        "extensions": 175
      },
      "strict": true
    },
    {
      "t": "array",
      "of": 167
    }
  ],
  "roots": {
    "dataset": 176,
    "plan": 106,
    "activity": 104,
    "agreement": 138,
    "framework": 52,
    "indicator": 154,
    "observation": 167,
    "observations": 177
  }
};
