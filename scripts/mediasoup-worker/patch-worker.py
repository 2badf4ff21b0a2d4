#!/usr/bin/env python3
"""Adapt a COPY of node_modules/mediasoup/worker to build against Debian 12's
system libraries (no network). See README.md for the why of each change.

Usage: patch-worker.py WORKER_COPY_DIR SRTP2_COMPAT_HEADER

Every edit must match exactly once; otherwise this exits non-zero, so a
mediasoup upgrade that changes the patched text fails loudly."""
import re
import shutil
import sys
from pathlib import Path

# Subprojects replaced by system dependency() lookups (pkg-config).
SYSTEM_DEPS = """\
# --- PeerCircle: system libraries instead of meson wrap subprojects ---
openssl_dep = dependency('openssl')
libuv_dep = dependency('libuv')
libsrtp2_sys_dep = dependency('libsrtp2')
libsrtp2_dep = declare_dependency(
  dependencies: libsrtp2_sys_dep,
  compile_args: [
    '-I' + libsrtp2_sys_dep.get_variable(pkgconfig: 'includedir') / 'srtp2',
    '-include', meson.project_source_root() / 'srtp2-compat.h',
  ],
)
usrsctp_dep = dependency('usrsctp')
flatbuffers_dep = dependency('flatbuffers')
absl_container_dep = declare_dependency(dependencies: [
  dependency('absl_flat_hash_map'),
  dependency('absl_flat_hash_set'),
  dependency('absl_btree'),
  dependency('absl_inlined_vector'),
])
absl_strings_dep = dependency('absl_strings')
absl_types_dep = dependency('absl_optional')
# --- end PeerCircle ---
"""

# `<proj>.get_variable('<name>')` -> replacement ('' drops the whole line).
GET_VARIABLE = {
    ("openssl_proj", "openssl_dep"): "openssl_dep",
    ("libuv_proj", "libuv_dep"): "libuv_dep",
    ("libsrtp2_proj", "libsrtp2_dep"): "libsrtp2_dep",
    ("usrsctp_proj", "usrsctp_dep"): "usrsctp_dep",
    ("flatbuffers_proj", "flatbuffers_dep"): "flatbuffers_dep",
    ("abseil_cpp_proj", "absl_container_dep"): "absl_container_dep",
    ("abseil_cpp_proj", "absl_strings_dep"): "absl_strings_dep",
    ("abseil_cpp_proj", "absl_types_dep"): "absl_types_dep",
    # Static libraries of the subprojects, linked whole: the system libs are
    # shared and come through the dependencies above.
    ("abseil_cpp_proj", "absl_container_lib"): "",
    ("openssl_proj", "libcrypto_lib"): "",
    ("openssl_proj", "libssl_lib"): "",
    ("libuv_proj", "libuv"): "",
    ("libsrtp2_proj", "libsrtp2"): "",
    ("usrsctp_proj", "usrsctp"): "",
    ("flatbuffers_proj", "flatbuffers_lib"): "",
}

ROOT_SUBPROJECTS = ["openssl", "libuv", "libsrtp2", "usrsctp", "abseil-cpp", "catch2", "flatbuffers"]


def fail(msg):
    sys.exit(f"patch-worker.py: {msg} (mediasoup changed? update scripts/mediasoup-worker/)")


def replace_once(text, old, new, where):
    n = text.count(old)
    if n != 1:
        fail(f"{where}: expected 1 occurrence of {old!r}, found {n}")
    return text.replace(old, new)


def remove_subproject(text, name, where):
    # A block like:  foo_proj = subproject(\n  'foo',\n ... \n)\n  (blank line after optional)
    pattern = re.compile(r"^\w+_proj = subproject\(\n  '" + re.escape(name) + r"',\n.*?^\)\n\n?", re.M | re.S)
    text, n = pattern.subn("", text)
    if n != 1:
        fail(f"{where}: expected 1 subproject('{name}') block, found {n}")
    return text


def rewrite_get_variable(text, where, required):
    for (proj, var), repl in GET_VARIABLE.items():
        call = f"{proj}.get_variable('{var}')"
        if repl:
            n = text.count(call)
            text = text.replace(call, repl)
        else:
            text, n = re.subn(r"^[ \t]*" + re.escape(call) + r",?[ \t]*\n", "", text, flags=re.M)
        if required.get((proj, var), 0) != n:
            fail(f"{where}: expected {required.get((proj, var), 0)} x {call}, found {n}")
    # wingetopt (Windows) and liburing (disabled by option) stay untouched.
    leftover = re.findall(r"\b(?!wingetopt_|liburing_)\w+_proj\.get_variable\('\w+'\)", text)
    if leftover:
        fail(f"{where}: unhandled subproject variables {leftover}")
    return text


def patch_root_meson(path):
    text = path.read_text()
    text = replace_once(text, "meson_version: '>= 1.1.0',", "meson_version: '>= 1.0.0',", path.name)
    # Insert the system deps where the first subproject was, then drop them all.
    text = replace_once(text, "openssl_proj = subproject(", SYSTEM_DEPS + "\nopenssl_proj = subproject(", path.name)
    for name in ROOT_SUBPROJECTS:
        text = remove_subproject(text, name, path.name)
    # Drop test and fuzzer targets (they need catch2 and sanitizers): cut
    # everything after the mediasoup-worker executable.
    if text.count("\ntest_sources = [") != 1:
        fail(f"{path.name}: expected 1 'test_sources = ['")
    text = text[: text.index("\ntest_sources = [")]
    if "executable(\n  'mediasoup-worker',\n" not in text:
        fail(f"{path.name}: mediasoup-worker executable not found before test_sources")
    required = {k: 1 for k, v in GET_VARIABLE.items()}
    required[("abseil_cpp_proj", "absl_strings_dep")] = 0
    required[("abseil_cpp_proj", "absl_types_dep")] = 0
    text = rewrite_get_variable(text, path.name, required)
    remaining = set(re.findall(r"subproject\(\s*'([\w-]+)'", text)) - {"wingetopt", "liburing"}
    if remaining:
        fail(f"{path.name}: unexpected remaining subprojects {sorted(remaining)}")
    path.write_text(text.rstrip() + "\n")


def patch_libwebrtc_meson(path):
    text = path.read_text()
    text = remove_subproject(text, "abseil-cpp", "deps/libwebrtc/meson.build")
    required = {
        ("openssl_proj", "openssl_dep"): 1,
        ("flatbuffers_proj", "flatbuffers_dep"): 1,
        ("libuv_proj", "libuv_dep"): 1,
        ("abseil_cpp_proj", "absl_strings_dep"): 2,
        ("abseil_cpp_proj", "absl_types_dep"): 2,
    }
    text = rewrite_get_variable(text, "deps/libwebrtc/meson.build", required)
    path.write_text(text)


def patch_dtls_transport(path):
    # The DTLS crash fix: see README.md.
    text = path.read_text()
    text = replace_once(
        text,
        "(operationType == BIO_CB_RETURN) ? static_cast<long>(ret) : 1;",
        "(operationType & BIO_CB_RETURN) ? static_cast<long>(ret) : 1;",
        "src/RTC/DtlsTransport.cpp",
    )
    path.write_text(text)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    worker, compat = Path(sys.argv[1]), Path(sys.argv[2])
    patch_root_meson(worker / "meson.build")
    patch_libwebrtc_meson(worker / "deps/libwebrtc/meson.build")
    patch_dtls_transport(worker / "src/RTC/DtlsTransport.cpp")
    shutil.copyfile(compat, worker / "srtp2-compat.h")


if __name__ == "__main__":
    main()
