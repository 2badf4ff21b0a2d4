import { Device, type types } from 'mediasoup-client';
import type { RtpCapabilities } from '@peercircle/shared';

/**
 * Loads a mediasoup-client Device once per set of router capabilities. Loading takes a noticeable
 * moment (the browser probes its codecs), so it happens while the person is still on the pre-join
 * screen, and rejoins reuse the loaded device.
 */
export class DeviceLoader {
  private loaded: { key: string; device: Promise<Device> } | null = null;

  load(routerRtpCapabilities: RtpCapabilities): Promise<Device> {
    const key = JSON.stringify(routerRtpCapabilities);
    if (this.loaded?.key === key) return this.loaded.device;
    const device = (async () => {
      const fresh = new Device();
      await fresh.load({ routerRtpCapabilities: routerRtpCapabilities as types.RtpCapabilities });
      return fresh;
    })();
    this.loaded = { key, device };
    device.catch(() => {
      if (this.loaded?.device === device) this.loaded = null;
    });
    return device;
  }

  /** The device loaded ahead of time, if loading finished successfully. */
  async preloaded(): Promise<{ device: Device; key: string } | null> {
    const current = this.loaded;
    if (!current) return null;
    try {
      return { device: await current.device, key: current.key };
    } catch {
      return null;
    }
  }
}
