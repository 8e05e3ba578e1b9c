package actor

import "testing"

func TestTry(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, ph := range []string{"Iran’s president-elect", "the Israeli military’s chief of staff", "Yemen’s Houthi rebels", "the Biden administration",
		"US forces", "Iran-backed militias in Iraq", "Russian envoy Mikhail Ulyanov", "former Pentagon official Mick Mulroy", "Hungarian and Romanian officials",
		"Mick Mulroy, the Pentagon’s former top policy official for the Middle East", "Iran’s outgoing Foreign Minister Mohammad Javad Zarif", "Quds Force commander Maj. Gen. Qasem Soleimani",
		"Iran’s Guardian Council", "the US and Iran", "suspected Iranian targets in Syria", "the French and US governments", "Tehran", "the Kremlin", "Biden administration officials", "Israel's prime minister and defense minister"} {
		t.Logf("%-50s %+v", ph, d.Resolve(ph, 0, "2021-06-22"))
		for _, u := range d.Unknown(ph, 0, "2021-06-22") {
			t.Logf("    unknown %q %s %+v", u.Text, u.Kind, u.Actor)
		}
	}
}
