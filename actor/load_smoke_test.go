package actor

import "testing"

func TestDefaultLoads(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if d.Len() < 250 {
		t.Errorf("Default has %d entries, want at least 250", d.Len())
	}
	for _, m := range d.Find("Iran’s president-elect met US officials in Washington and the Pentagon said", 0, "2021-06-22") {
		t.Logf("%+v", m)
	}
}
