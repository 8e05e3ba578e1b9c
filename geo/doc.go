// Package geo is dyad's offline gazetteer and geoparser: it finds the place
// names in a sentence, resolves them to countries, first-level divisions
// and cities with coordinates, and picks the place of an event.
//
// The gazetteer is built into the binary (data/gazetteer.tsv.gz, about 3
// MB): 250 countries and territories with their ISO 3166-1 and FIPS 10-4
// codes, about 3,700 first-level divisions with ISO 3166-2 codes, and
// 128,000 GeoNames populated places of 1,000 people or more, with
// alternate names for the larger ones, news spellings and extra regions
// (Donbas, Darfur, Iraqi Kurdistan...) written for dyad. It is loaded once,
// on first use (Default), and needs no network and no Elasticsearch.
// cmd/gazetteer rebuilds it; README.md says from what.
//
// An event coder calls Find once per sentence with one Context per
// article, and ActionPlace for each event:
//
//	g, err := geo.Default()
//	ctx := geo.NewContext()
//	for _, s := range sentences {
//		tps := g.Find(s.Text, s.Start, ctx)
//		for i := range events { // the events coded in s
//			ev := &events[i]
//			ev.Place = geo.ActionPlace(tps, s.Text, s.Start, ev.Evidence.TriggerSpan[0])
//		}
//	}
//
// Find takes capitalised word sequences that the gazetteer knows, longest
// first ("Gaza Strip", "Democratic Republic of Congo", "U.S."). It skips
// names that are part of a person's or an organisation's name ("George
// Washington", "Washington Post", "Chad Smith", "Geneva Conventions") and
// asks more of small towns and of places named with common words ("Nice",
// "Split"): a cue such as "in" or "near", or a country the article is
// about. Each name is then resolved by a score: the place's prior (log
// population; countries, capitals and seats of government first) plus the
// article's focus (how often its country, its neighbours and its division
// were named, demonyms included), the sense the name had earlier in the
// article, the cues around it ("Idlib province", "Washington state", "the
// city of Valencia") and the places next to it ("Paris, Texas", "Palma in
// Mozambique"). So "Georgia" after "Tbilisi" is the country and after
// "Atlanta" the US state, and "Tripoli" after "Lebanese troops" is in
// Lebanon.
//
// Place.Feature is "country", "adm1" or "city"; Place.FIPS the FIPS 10-4
// code GDELT uses (GZ and WE for the Gaza Strip and the West Bank);
// Place.ADM1 the ISO 3166-2 code of the division (or "CC.admin", GeoNames'
// code, where ISO has none).
//
// Evaluate scores Find on a test set (testdata/places.tsv and
// testdata/heldout.tsv, written for dyad); the tests also score it on the
// place entities of the GUM treebank in ../shared.
package geo
