#pragma once

namespace Leitstand::Remote {

// The ciphers and MACs a session offers, best first. libssh2 1.10 has neither
// chacha20-poly1305 nor AES-GCM nor the -etm MACs, and it decrypts 16 bytes per OpenSSL call,
// which makes its per-call cost, not the cipher, the bulk of the work. Of what it has, aes128-ctr
// costs least (aes256-ctr measured about 10% more CPU per GiB) and is what OpenSSH offers by
// default; hmac-sha2-256 cost the same as hmac-sha1 where the CPU has SHA instructions, so the
// stronger one goes first. Compression stays off (libssh2's default): it would only pay on
// compressible data, and backups arrive compressed and encrypted already.
struct SshAlgorithmPreferences
{
    static constexpr char Ciphers[] = "aes128-ctr,aes256-ctr,aes192-ctr,aes256-cbc,aes192-cbc,aes128-cbc";
    static constexpr char Macs[] = "hmac-sha2-256,hmac-sha2-512,hmac-sha1";
};

} // namespace Leitstand::Remote
