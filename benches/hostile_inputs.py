"""Hostile inputs for BENCHMARKS.md ("Hostile input costs"): copies tests/fixtures/basic and
adds one costly input. Usage: python3 benches/hostile_inputs.py CASE N [REPO]; prints the site
folder. CASE: ftl (N unused messages in one .ftl), quote (N nested block quotes), list (N nested
lists), id (an id of N bytes)."""
import sys, os, shutil
case, n = sys.argv[1], int(sys.argv[2])
dst = f"/tmp/hostile2-m/{case}-{n}"
shutil.rmtree(dst, ignore_errors=True)
shutil.copytree((sys.argv[3] if len(sys.argv) > 3 else ".") + "/tests/fixtures/basic", dst)
if case == "ftl":
    with open(f"{dst}/locales/nb/unused.ftl", "w") as f:
        for i in range(n): f.write(f"unused-message-{i} = Tekst nummer {i}\n")
elif case == "quote":
    open(f"{dst}/locales/nb/pages/about.md","w").write("# Om\n\n" + "> "*n + "x\n")
elif case == "quote-lines":
    open(f"{dst}/locales/nb/pages/about.md","w").write("# Om\n\n" + "".join(">"*i + " x\n" for i in range(1,n+1)))
elif case == "list":
    open(f"{dst}/locales/nb/pages/about.md","w").write("# Om\n\n" + "- "*n + "x\n")
elif case == "id":
    with open(f"{dst}/content/roles/roles.yml","a") as f: f.write("\n- id: " + "a"*n + "X\n")
print(dst)
