#pragma once

namespace Leitstand::Remote {

// The ciphers and MACs a session offers, best first. libssh2 1.10 has neither
// chacha20-poly1305 nor AES-GCM nor the -etm MACs; of what it has, AES in CTR mode is the
// fastest and safe, and AES-128 does less work per byte than AES-256.
struct SshAlgorithmPreferences
{
    static constexpr char Ciphers[] = "aes128-ctr,aes256-ctr,aes192-ctr,aes256-cbc,aes192-cbc,aes128-cbc";
    static constexpr char Macs[] = "hmac-sha2-256,hmac-sha2-512,hmac-sha1";
};

} // namespace Leitstand::Remote
